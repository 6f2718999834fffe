namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// A state-based CRDT value of one key: replicas merge states instead of choosing one, so no
/// write is lost. Implementations are immutable.
/// </summary>
public interface ICrdt
{
    /// <summary>The state after this node's write <paramref name="writeTag"/> (unique per write).</summary>
    ICrdt Update(int node, long writeTag);

    /// <summary>The least state that includes both (commutative, associative, idempotent).</summary>
    ICrdt Merge(ICrdt other);

    /// <summary>Equal for two replicas exactly when they show the same value.</summary>
    long Digest();
}
