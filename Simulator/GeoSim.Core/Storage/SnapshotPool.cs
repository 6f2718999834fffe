using GeoSim.Core.Checkers;

namespace GeoSim.Core.Storage;

/// <summary>
/// Store snapshots on their way from one node to another, by handle (a message carries the
/// handle). A snapshot holds its writes in the ledger like a store does, so their entries are not
/// reused while it travels. Snapshots are rare (a node changes primary), so each is a plain copy.
/// </summary>
internal sealed class SnapshotPool(CommitLedger ledger)
{
    private readonly List<StoreSnapshot?> _snapshots = [];
    private readonly Stack<int> _free = new();

    public int Capture(VersionedStore store, long[] cursors)
    {
        var writes = new int[store.Keys];
        var versions = new long[store.Keys];
        for (var key = 0; key < writes.Length; key++)
        {
            writes[key] = store.WriteOf(key);
            versions[key] = store.VersionOf(key);
            ledger.OnStored(writes[key], CommitLedger.Initial);
        }
        var snapshot = new StoreSnapshot(writes, versions, cursors);
        if (_free.TryPop(out var handle))
        {
            _snapshots[handle] = snapshot;
            return handle;
        }
        _snapshots.Add(snapshot);
        return _snapshots.Count - 1;
    }

    /// <summary>Takes the snapshot out of the pool; the caller must store or release its writes.</summary>
    public StoreSnapshot Take(int handle)
    {
        var snapshot = _snapshots[handle] ?? throw new InvalidOperationException($"snapshot {handle} was already taken");
        _snapshots[handle] = null;
        _free.Push(handle);
        return snapshot;
    }

    public void Discard(int handle)
    {
        foreach (var write in Take(handle).Writes)
        {
            ledger.OnStored(CommitLedger.Initial, write);
        }
    }
}
