namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>How a multi-master strategy settles two versions of one key.</summary>
public enum ConflictResolution
{
    /// <summary>Highest physical timestamp wins, for every update (skewed clocks can make a causally later write lose).</summary>
    Lww,

    /// <summary>Highest hybrid logical clock timestamp wins: never against causality.</summary>
    HlcLww,

    /// <summary>Causal order first; concurrent writes go to the region listed earlier in the priority.</summary>
    Priority,

    /// <summary>Concurrent versions are all kept (siblings) until a write that has seen them supersedes them.</summary>
    Siblings,

    /// <summary>States merge (a CRDT of <see cref="CrdtType"/>): nothing is lost.</summary>
    Crdt,
}
