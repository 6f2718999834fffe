using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>A replication strategy block; <see cref="Label"/> is its <c>label:</c>, else its type.</summary>
public abstract record StrategySpec(string Label)
{
    /// <summary>Compression and delta sync of what its nodes send (<c>compression:</c>, <c>delta-sync:</c>).</summary>
    public WireSpec Wire { get; init; } = WireSpec.Plain;

    /// <summary>The <c>type:</c> name of the strategy.</summary>
    public abstract string Type { get; }

    /// <summary>What this configuration of the strategy can do.</summary>
    public abstract StrategyCapabilities Capabilities { get; }

    /// <summary>Regions whose nodes hold no data (a failover witness): no write is expected there.</summary>
    public virtual IReadOnlyList<RegionId> DatalessRegions => [];

    /// <summary>How often every node sends a datagram to every other, or null when the nodes send none (for the scenario's limits).</summary>
    public virtual SimDuration? HeartbeatEvery => null;

    /// <summary>
    /// The role a region's nodes hold when the run starts, as the teaching player shows it:
    /// <c>primary</c> (takes writes), <c>leader</c> (consensus) or <c>replica</c>. Later changes are
    /// the run's events (promotion, fenced, demotion, elected, step-down).
    /// </summary>
    public virtual string StartRole(RegionId region) => "replica";
}
