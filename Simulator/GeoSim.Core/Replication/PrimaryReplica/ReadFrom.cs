namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Where reads are served.</summary>
public enum ReadFrom
{
    /// <summary>Every read goes to the primary.</summary>
    Primary,

    /// <summary>A node in the client's region serves the read (the primary when the region has no node).</summary>
    Local,

    /// <summary>The replica with the lowest mean latency from the client's region serves it.</summary>
    Nearest,

    /// <summary>The replica whose own estimate of its lag (as its entry node last heard it) is lowest.</summary>
    LeastLag,

    /// <summary>The local replica when its own lag estimate is within <c>bounded(T)</c>, else the primary.</summary>
    Bounded,
}
