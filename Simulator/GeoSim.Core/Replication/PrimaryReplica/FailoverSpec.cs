using GeoSim.Core.Spec;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// <c>failover:</c> replicas that miss the primary's heartbeats for <see cref="DetectAfter"/> elect
/// a new primary among themselves by <see cref="Promote"/>.
/// </summary>
/// <param name="FenceOldPrimary">The primary stops taking writes once it has not heard a majority for
/// <see cref="DetectAfter"/>, and an election needs a majority of all nodes.</param>
public sealed record FailoverSpec(
    SimDuration DetectAfter,
    SimDuration HeartbeatEvery,
    PromotionRule Promote,
    bool FenceOldPrimary,
    PromoteWithin PromoteWithin)
{
    /// <summary><c>witness</c>: a region whose one node votes in elections and counts toward the
    /// majority lease but holds no data, is never promoted and serves no client; null for none.</summary>
    public RegionId? Witness { get; init; }

    public static readonly SimDuration DefaultDetectAfter = SimDuration.FromSeconds(10);
    public static readonly SimDuration DefaultHeartbeatEvery = SimDuration.FromSeconds(1);

    public static readonly FailoverSpec Default =
        new(DefaultDetectAfter, DefaultHeartbeatEvery, PromotionRule.MostCaughtUp, FenceOldPrimary: true, PromoteWithin.Any);
}
