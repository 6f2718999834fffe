namespace GeoSim.Core.Spec;

/// <summary>A replication strategy block; <see cref="Label"/> is its <c>label:</c>, else its type.</summary>
public abstract record StrategySpec(string Label)
{
    /// <summary>The <c>type:</c> name of the strategy.</summary>
    public abstract string Type { get; }
}
