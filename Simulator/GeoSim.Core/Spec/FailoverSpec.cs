using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

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
    public static readonly SimDuration DefaultDetectAfter = SimDuration.FromSeconds(10);
    public static readonly SimDuration DefaultHeartbeatEvery = SimDuration.FromSeconds(1);

    public static readonly FailoverSpec Default =
        new(DefaultDetectAfter, DefaultHeartbeatEvery, PromotionRule.MostCaughtUp, FenceOldPrimary: true, PromoteWithin.Any);
}
