using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication;

/// <summary>
/// Everything GeoSim knows of one strategy: its <c>type:</c> name, the keys of its block, how to
/// read them into its spec, how to build its behaviour at a node, and what <c>validate</c> should
/// warn of. One per folder of <c>Replication/</c>, listed in <see cref="StrategyCatalog"/>.
/// </summary>
public abstract class StrategyDefinition
{
    /// <summary>The <c>type:</c> name; written nowhere else.</summary>
    public abstract string Type { get; }

    /// <summary>The keys of the block besides <c>type</c> and <c>label</c>, in the order messages list them.</summary>
    public abstract IReadOnlyList<StrategyKey> Keys { get; }

    /// <summary>The spec of a block; null when it cannot be built (the problems are reported through <paramref name="options"/>).</summary>
    public abstract StrategySpec? Read(IStrategyOptions options, string label);

    /// <summary>The strategy's behaviour at one node.</summary>
    public abstract ReplicationStrategy Create(StrategySpec spec, NodeContext context);

    /// <summary>Sentences for <c>validate</c>: what this configuration can never do in this scenario, although it is valid.</summary>
    public virtual IEnumerable<string> Notes(StrategySpec spec, ScenarioSpec scenario) => [];
}
