namespace GeoSim.Core.Replication.Quorum;

/// <summary>Which replicas a read asks.</summary>
public enum ReadTargets
{
    /// <summary>Every replica; the first R answers decide (the PBS model).</summary>
    All,

    /// <summary>Only as many as the level needs, nearest first (Cassandra), with speculative retry.</summary>
    Needed,
}

/// <summary>How a coordinator picks the version it keeps when two replicas disagree.</summary>
public enum Resolution
{
    /// <summary>The higher physical timestamp of the coordinator's clock (skewed clocks apply).</summary>
    Lww,

    /// <summary>The higher hybrid logical clock timestamp: never older than a version the coordinator has seen.</summary>
    HlcLww,

    /// <summary>Vector clocks: concurrent writes are all kept as siblings, until a write that has seen them replaces them.</summary>
    Siblings,
}

/// <summary>
/// When a read that asked only the replicas it needed asks one more: never, after a fixed delay,
/// or after a percentile of the replica answer times the coordinator has seen.
/// </summary>
/// <param name="Percentile">In (0, 1) for a percentile; 0 for a fixed delay or none.</param>
public readonly record struct SpeculativeRetry(Engine.SimDuration? After, double Percentile)
{
    public static readonly SpeculativeRetry None = new(null, 0);

    public bool Enabled => After is not null || Percentile > 0;
}
