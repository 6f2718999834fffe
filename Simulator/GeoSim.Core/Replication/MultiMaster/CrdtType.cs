namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>The data type a <c>crdt</c> multi-master strategy replicates.</summary>
public enum CrdtType
{
    /// <summary>A last-writer-wins register ordered by hybrid logical clock.</summary>
    Register,

    /// <summary>A PN-counter: every write is an increment; the value is the total.</summary>
    Counter,

    /// <summary>An observed-remove set, used as a shopping cart: a write adds an item, or removes the oldest when full.</summary>
    Set,
}
