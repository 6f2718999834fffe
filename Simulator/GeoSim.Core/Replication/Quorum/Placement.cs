using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Where a key's replicas are: <see cref="Replicas"/> nodes by consistent hashing over the nodes
/// of <see cref="Regions"/> (Cassandra's SimpleStrategy), or <see cref="PerRegion"/> nodes in each
/// of them (NetworkTopologyStrategy). Exactly one of the two is set.
/// </summary>
public sealed record Placement(int? Replicas, int? PerRegion, IReadOnlyList<RegionId> Regions)
{
    /// <summary>N: the replicas of every key.</summary>
    public int N => Replicas ?? PerRegion!.Value * Regions.Count;

    public bool Equals(Placement? other) =>
        other is not null && Replicas == other.Replicas && PerRegion == other.PerRegion && Regions.SequenceEqual(other.Regions);

    public override int GetHashCode() => HashCode.Combine(Replicas, PerRegion, Regions.Count);
}
