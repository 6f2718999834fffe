using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>partition</c>: messages from <see cref="From"/> to <see cref="To"/> are cut (and the reverse
/// too unless <see cref="OneWay"/>). Reliable streams hold their messages until the heal;
/// datagrams are lost. Named shapes (<c>bridge</c>, <c>majorities-ring</c>) are expanded into
/// these pairwise partitions when the scenario is loaded.
/// </summary>
public sealed record PartitionFault(SimDuration At, SimDuration For, RegionId From, RegionId To, bool OneWay)
    : FaultSpec(At, For)
{
    public override string Type => "partition";
}
