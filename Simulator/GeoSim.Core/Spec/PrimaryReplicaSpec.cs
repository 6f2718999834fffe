namespace GeoSim.Core.Spec;

/// <summary><c>type: primary-replica</c>: one primary node takes every write, replicas follow.</summary>
public sealed record PrimaryReplicaSpec(string Label, string Primary, ReplicationMode Replication, ReadFrom ReadFrom)
    : StrategySpec(Label)
{
    public override string Type => "primary-replica";
}

public enum ReplicationMode
{
    Async,
}

/// <summary>Where reads are served.</summary>
public enum ReadFrom
{
    /// <summary>Every read goes to the primary.</summary>
    Primary,

    /// <summary>A node in the client's region serves the read (the primary when the region has no node).</summary>
    Local,

    /// <summary>The replica with the lowest mean latency from the client's region serves it.</summary>
    Nearest,
}
