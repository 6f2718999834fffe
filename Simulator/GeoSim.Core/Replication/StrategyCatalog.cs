using GeoSim.Core.Replication.Cascade;
using GeoSim.Core.Replication.Consensus;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication;

/// <summary>Every strategy GeoSim knows: adding one is a folder and a line here.</summary>
public static class StrategyCatalog
{
    /// <summary>The strategies, in the order messages list them; a block without <c>type:</c> is read as the first.</summary>
    public static IReadOnlyList<StrategyDefinition> All { get; } =
    [
        new PrimaryReplicaStrategy(),
        new MultiMasterStrategy(),
        new CascadeStrategy(),
        new QuorumStrategy(),
        new ConsensusStrategy(),
    ];

    /// <summary>The strategy of a <c>type:</c> name, or null.</summary>
    public static StrategyDefinition? Find(string type) => All.FirstOrDefault(d => d.Type == type);

    /// <summary>Creates the strategy's behaviour at one node.</summary>
    public static ReplicationStrategy Create(StrategySpec spec, NodeContext context) => Of(spec).Create(spec, context);

    /// <summary>The notes of every strategy of a scenario, for <c>validate</c>.</summary>
    public static IEnumerable<string> Notes(ScenarioSpec scenario) => scenario.Strategies.SelectMany(s => Of(s).Notes(s, scenario));

    private static StrategyDefinition Of(StrategySpec spec) =>
        Find(spec.Type) ?? throw new ArgumentException($"no strategy has type {spec.Type}", nameof(spec));
}
