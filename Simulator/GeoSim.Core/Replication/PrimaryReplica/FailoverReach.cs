using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Before a run: the losses a primary-replica failover configuration can never recover from, in
/// words, so that a user learns it from <c>validate</c> and not from a run with no promotion.
/// </summary>
internal static class FailoverReach
{
    /// <summary>One sentence per reason; empty when failover can happen.</summary>
    public static IEnumerable<string> Limits(PrimaryReplicaSpec strategy, ScenarioSpec scenario)
    {
        if (strategy.Failover is not { } failover)
        {
            yield break;
        }
        var label = strategy.Label;
        var primary = scenario.Regions[strategy.Primary.Index];
        var nodes = scenario.Regions.Sum(r => r.Nodes);
        var inPrimary = primary.Nodes;
        var majority = nodes / 2 + 1;
        if (failover.Promote == PromotionRule.None)
        {
            yield return $"{label}: promote: none never promotes; writes wait for {primary.Name} to come back";
            yield break;
        }
        // A witness votes and counts toward the majority, but can never be promoted.
        var outside = nodes - inPrimary;
        var witness = failover.Witness is { } w ? scenario.Regions[w.Index] : null;
        var candidates = outside - (witness?.Nodes ?? 0);
        if (failover.FenceOldPrimary && outside < majority)
        {
            yield return $"{label}: failover can never happen when {primary.Name} is lost: with fence-old-primary an election needs a majority " +
                $"({majority} of {nodes} nodes) and only {outside} {(outside == 1 ? "node is" : "nodes are")} outside {primary.Name}; " +
                "add a region with a node, or a witness (failover: witness: REGION, a region with nodes: 1 and no clients), " +
                "or set fence-old-primary: false (and accept a split brain on a partition)";
        }
        else if (failover.FenceOldPrimary && nodes - 1 < majority)
        {
            yield return $"{label}: failover can never happen when the primary node alone is lost: {nodes - 1} of {nodes} nodes are not a majority";
        }
        if (witness is not null && candidates == 0)
        {
            yield return $"{label}: failover can never happen when {primary.Name} is lost: the witness {witness.Name} is the only node outside it, and a witness is never promoted";
        }
        if (failover.PromoteWithin == PromoteWithin.Region && inPrimary < 2)
        {
            yield return $"{label}: promote-within: region, but {primary.Name} has no other node to promote";
        }
    }
}
