namespace GeoSim.Core.Replication.Consensus;

/// <summary>The timers of a consensus node (the low bits of a timer tag; the rest is a generation).</summary>
internal enum TimerKind
{
    /// <summary>The leader's heartbeat (generation: its term).</summary>
    Heartbeat,

    /// <summary>A follower's election timeout (generation: the arming, so only the latest counts).</summary>
    Election,

    /// <summary>An append a replica received became durable (append-time): the oldest waiting one.</summary>
    Durable,

    /// <summary>An append of the leader's own became durable (append-time).</summary>
    OwnDurable,

    /// <summary>The oldest acknowledgement waiting out commit-wait goes out.</summary>
    CommitWait,

    /// <summary>Follower reads: the oldest commit notice reached the closed-timestamp lag.</summary>
    Close,

    /// <summary>A new leader's wait for the previous lease to expire (generation: its term).</summary>
    LeaseWait,

    /// <summary>The lease a node kept after it stopped leading runs out.</summary>
    LeaseEnd,
}
