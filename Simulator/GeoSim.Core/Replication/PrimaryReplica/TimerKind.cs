namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>The timers of a primary-replica node (the low bits of a timer tag; the rest is a generation).</summary>
internal enum TimerKind
{
    /// <summary>Every heartbeat interval: send the status datagram.</summary>
    Tick,

    /// <summary>A replica's failure detector: has the primary been silent for too long?</summary>
    Detect,

    /// <summary>Semi-sync: has the oldest waiting write waited for the timeout?</summary>
    SemiSyncTimeout,

    /// <summary>The primary's lease: has a majority gone silent?</summary>
    Lease,

    /// <summary>An election's announcement window ended (generation: the epoch).</summary>
    ElectionEnd,

    /// <summary>An election found no winner (generation: the epoch): try again.</summary>
    ElectionRetry,
}
