using GeoSim.Core.Replication.Cascade;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// Refuses a scenario whose static configuration must put a data class's values outside its
/// residency. Primary-replica and multi-master keep each class in its regions (replicas outside
/// get the log position without the value; writes and reads there go to the nearest node inside);
/// the primary at the start must be inside, and causal multi-master cannot skip a node (its causal
/// order waits for every update of a writer). Quorum places a class's replicas inside its regions
/// (<see cref="QuorumResidency"/>): refused only when it cannot. Consensus replicates every key to
/// every node with data, and a cascade's tree takes every region with nodes, so any of them outside
/// a class's regions is an error (a cascade is not re-routed around a forbidden region).
/// </summary>
internal sealed class ResidencyValidator(Diagnostics diagnostics, RegionIndex regions)
{
    /// <param name="classNodes">Where each data class is written, by class.</param>
    /// <param name="strategyLines">The line of each strategy's block, by strategy.</param>
    public void Check(IReadOnlyList<DataClassSpec> classes, IReadOnlyList<SourcePosition> classNodes, IReadOnlyList<StrategySpec> strategies, IReadOnlyList<int> strategyLines)
    {
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c].Residency is null)
            {
                continue;
            }
            for (var s = 0; s < strategies.Count; s++)
            {
                if (Problem(classes[c], strategies[s], strategyLines[s]) is { } problem)
                {
                    diagnostics.Add(classNodes[c], problem);
                }
            }
        }
    }

    private string? Problem(DataClassSpec dataClass, StrategySpec strategy, int line)
    {
        var at = $"{strategy.Type} '{strategy.Label}' at line {line}";
        switch (strategy)
        {
            case PrimaryReplicaSpec primary when !dataClass.Allows(primary.Primary):
                return $"{dataClass.Name} would be written at the primary in {regions.Name(primary.Primary)} by {at}: put the primary in one of its regions";
            case PrimaryReplicaSpec:
                return null;
            case MultiMasterSpec { Causal: true }:
                return $"{dataClass.Name} cannot be kept in its regions by {at}: causal multi-master waits for every update of a writer, so no node can be skipped";
            case MultiMasterSpec:
                return null;
            case QuorumSpec quorum:
                return QuorumResidency.Problem(dataClass, quorum, at, regions);
        }
        var outside = regions.All.Where(r => regions.Regions[r.Index].Nodes > 0 && !strategy.DatalessRegions.Contains(r) && !dataClass.Allows(r)).ToArray();
        var by = strategy is CascadeSpec ? $"the chain of {at}" : at;
        return outside.Length == 0 ? null
            : $"{dataClass.Name} would be replicated to {string.Join(", ", outside.Select(regions.Name))} by {by}: {strategy.Type} keeps every key on every node with data";
    }
}
