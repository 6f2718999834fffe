using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>The <c>failover:</c> block of a primary-replica strategy.</summary>
internal static class FailoverOptions
{
    private static readonly Choices<PromotionRule> Rules = new(
        ("most-caught-up", PromotionRule.MostCaughtUp), ("nearest", PromotionRule.Nearest), ("none", PromotionRule.None));

    private static readonly Choices<PromoteWithin> Withins = new(("any", PromoteWithin.Any), ("region", PromoteWithin.Region));

    public static readonly IReadOnlyList<StrategyKey> Keys =
    [
        new("detect-after", KeyKind.Duration, "how long replicas miss the primary's heartbeats before they elect a new one") { Default = FailoverSpec.DefaultDetectAfter.ToString() },
        new("heartbeat-every", KeyKind.Duration, "how often every node sends its status to every other") { Default = FailoverSpec.DefaultHeartbeatEvery.ToString() },
        new("promote", KeyKind.Choice, "which replica an election picks") { Choices = Rules.Names, Default = Rules.NameOf(FailoverSpec.Default.Promote) },
        new("fence-old-primary", KeyKind.Bool, "the primary stops taking writes when it has not heard a majority; an election needs a majority") { Default = "true" },
        new("promote-within", KeyKind.Choice, "which replicas may stand") { Choices = Withins.Names, Default = Withins.NameOf(FailoverSpec.Default.PromoteWithin) },
        new("witness", KeyKind.Region, "a region whose one node votes but holds no data, is never promoted and serves no client"),
    ];

    /// <param name="primary">The primary region, if valid.</param>
    public static FailoverSpec Read(IStrategyOptions block, RegionId? primary)
    {
        var defaults = FailoverSpec.Default;
        var detectAfter = block.Duration("detect-after") ?? (block.Has("detect-after") ? null : defaults.DetectAfter);
        var heartbeat = block.Duration("heartbeat-every") ?? (block.Has("heartbeat-every") ? null : defaults.HeartbeatEvery);
        if (detectAfter is { } d && heartbeat is { } every && d <= every)
        {
            block.Report("detect-after", $"detect-after ({d}) must be longer than heartbeat-every ({every}): a primary is lost only after missing heartbeats");
        }
        return new FailoverSpec(detectAfter ?? defaults.DetectAfter, heartbeat ?? defaults.HeartbeatEvery,
            block.Choice("promote", Rules) ?? defaults.Promote, block.Bool("fence-old-primary") ?? defaults.FenceOldPrimary,
            block.Choice("promote-within", Withins) ?? defaults.PromoteWithin)
        {
            Witness = Witness(block, primary),
        };
    }

    /// <summary>A witness region: declared, not the primary's, one node, no clients.</summary>
    private static RegionId? Witness(IStrategyOptions block, RegionId? primary)
    {
        if (block.Region("witness") is not { } witness)
        {
            return null;
        }
        var region = block.Regions[witness.Index];
        var problem = witness == primary ? $"the witness '{region.Name}' is the primary's region; it must be a region of its own, which holds no data"
            : region.Nodes != 1 ? $"the witness region '{region.Name}' has {region.Nodes} nodes; expected nodes: 1 (one voting node that holds no data)"
            : region.HasClients ? $"the witness region '{region.Name}' has clients; a witness serves no reads or writes, so put the clients in another region"
            : null;
        if (problem is null)
        {
            return witness;
        }
        block.Report("witness", problem);
        return null;
    }
}
