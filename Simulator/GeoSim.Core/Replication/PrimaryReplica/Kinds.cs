namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>The message kinds of primary-replica, and what each one's fields hold.</summary>
internal static class Kinds
{
    /// <summary>Stream, primary to replica: one log entry. Key, Write; Version = log position; Stamp = commit time on the primary's clock; Epoch = the primary's.</summary>
    public const int Replicate = 1;

    /// <summary>Stream, replica to primary (semi-sync, sync): Version = the replica's applied position; Epoch.</summary>
    public const int Ack = 2;

    /// <summary>
    /// Datagram, every node to every other each heartbeat interval (the primary's is its heartbeat).
    /// Key = the node the sender follows (itself at the primary); Version = applied position (the
    /// log head at the primary); Stamp = the primary's clock time up to which the sender has every
    /// write (at the primary: its clock now); Write = the sender's own lag estimate in microseconds
    /// (clamped); Epoch = the sender's.
    /// </summary>
    public const int Status = 3;

    /// <summary>Datagram: a replica stands for primary. Key = the candidate; Version = its applied position; Write = the epoch of its last entry; Epoch = the epoch it proposes.</summary>
    public const int Candidate = 4;

    /// <summary>Datagram: a vote. Key = the candidate voted for; Epoch = the election's.</summary>
    public const int Vote = 5;

    /// <summary>Stream, replica to the primary it learned of: "send me your state". Epoch = the primary's.</summary>
    public const int Follow = 6;

    /// <summary>Stream, primary to a new follower: its whole store. Write = the snapshot handle; Version = its log head; Key = the epoch of its last entry; Stamp = its clock; Epoch.</summary>
    public const int Snapshot = 7;
}
