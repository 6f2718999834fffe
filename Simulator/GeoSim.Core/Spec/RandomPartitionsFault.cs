using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>random-partitions</c>: every region pair (or only <see cref="Pairs"/>) alternates between up
/// for an <see cref="Mtbf"/> draw and partitioned for an <see cref="Mttr"/> draw, from
/// <c>At</c> for <c>For</c>, on its own random stream.
/// </summary>
public sealed record RandomPartitionsFault(SimDuration At, SimDuration For, Distribution Mtbf, Distribution Mttr, IReadOnlyList<RegionPair>? Pairs)
    : FaultSpec(At, For)
{
    public override string Type => "random-partitions";
}
