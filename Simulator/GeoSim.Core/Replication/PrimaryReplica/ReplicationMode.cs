namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>When the primary acknowledges a write.</summary>
public enum ReplicationMode
{
    /// <summary>At once; replicas follow when the stream delivers.</summary>
    Async,

    /// <summary>Once <c>acks</c> replicas have applied it, or after the timeout (then async until a replica catches up).</summary>
    SemiSync,

    /// <summary>Once every replica (or every node of the <c>sync-replicas</c> regions) has applied it; no timeout.</summary>
    Sync,
}
