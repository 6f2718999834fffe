using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary><c>slow-link</c>: latency added to (<see cref="Add"/>) or replaced on (<see cref="Latency"/>) a link for a window.</summary>
public sealed record SlowLinkFault(SimDuration At, SimDuration For, RegionId From, RegionId To, bool OneWay, Distribution? Add, Distribution? Latency)
    : FaultSpec(At, For)
{
    public override string Type => "slow-link";
}
