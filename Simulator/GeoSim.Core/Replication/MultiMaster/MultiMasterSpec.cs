using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// <c>type: multi-master</c>: every region accepts writes locally and replicates them
/// asynchronously to all others; concurrent writes (neither version vector dominates) are
/// conflicts, settled by <see cref="Resolution"/>.
/// </summary>
/// <param name="RegionPriority">For <see cref="ConflictResolution.Priority"/>: earlier regions win.</param>
/// <param name="Causal">Apply an update only after every update its writer had seen (causal consistency).</param>
public sealed record MultiMasterSpec(string Label, ConflictResolution Resolution, IReadOnlyList<RegionId> RegionPriority, CrdtType DataType,
    bool Causal = false)
    : StrategySpec(Label)
{
    public override string Type => MultiMasterStrategy.Name;

    public override StrategyCapabilities Capabilities => StrategyCapabilities.VersionsPerNode;

    /// <summary>Every region takes writes.</summary>
    public override string StartRole(RegionId region) => "primary";

    public bool Equals(MultiMasterSpec? other) =>
        other is not null && Label == other.Label && Resolution == other.Resolution && DataType == other.DataType && Causal == other.Causal
        && RegionPriority.SequenceEqual(other.RegionPriority);

    public override int GetHashCode() => HashCode.Combine(Label, Resolution, DataType);
}
