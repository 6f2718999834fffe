using GeoSim.Core.Storage;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Store snapshots on their way from one node to another, by handle (a message carries the
/// handle). A snapshot holds its writes in the ledger like a store does, so their entries are not
/// reused while it travels. Snapshots are rare (a node changes primary), so each is a plain copy.
/// </summary>
internal sealed class SnapshotPool(CommitLedger ledger)
{
    private readonly List<StoreSnapshot?> _snapshots = [];
    private readonly Stack<int> _free = new();

    /// <param name="keep">The keys it carries (the others hold the initial value); null: every key.</param>
    public int Capture(VersionedStore store, long[] cursors, Func<int, bool>? keep = null)
    {
        var writes = new int[store.Keys];
        var versions = new long[store.Keys];
        for (var key = 0; key < writes.Length; key++)
        {
            var kept = keep?.Invoke(key) != false;
            writes[key] = kept ? store.WriteOf(key) : CommitLedger.Initial;
            versions[key] = kept ? store.VersionOf(key) : 0;
            ledger.OnStored(writes[key], CommitLedger.Initial);
        }
        return Add(new StoreSnapshot(writes, versions, cursors));
    }

    /// <summary>A copy of the keys [<paramref name="first"/>, <paramref name="end"/>) of a store, for a node to merge into its own (<see cref="Merge"/>).</summary>
    public int CaptureRange(VersionedStore store, int first, int end)
    {
        var writes = new int[end - first];
        var versions = new long[end - first];
        for (var i = 0; i < writes.Length; i++)
        {
            writes[i] = store.WriteOf(first + i);
            versions[i] = store.VersionOf(first + i);
            ledger.OnStored(writes[i], CommitLedger.Initial);
        }
        return Add(new StoreSnapshot(writes, versions, [], first));
    }

    /// <summary>Hands <paramref name="apply"/> each value of a snapshot newer than <paramref name="store"/>'s (key, write, version); the snapshot is used up.</summary>
    public void Merge(int handle, VersionedStore store, Action<int, int, long> apply)
    {
        var snapshot = _snapshots[handle] ?? throw new InvalidOperationException($"snapshot {handle} was already taken");
        for (var i = 0; i < snapshot.Writes.Length; i++)
        {
            var key = snapshot.FirstKey + i;
            if (snapshot.Writes[i] != CommitLedger.Initial && snapshot.Versions[i] > store.VersionOf(key))
            {
                apply(key, snapshot.Writes[i], snapshot.Versions[i]);
            }
        }
        // Released after the values are applied, so no write is freed in between.
        Discard(handle);
    }

    private int Add(StoreSnapshot snapshot)
    {
        if (_free.TryPop(out var handle))
        {
            _snapshots[handle] = snapshot;
            return handle;
        }
        _snapshots.Add(snapshot);
        return _snapshots.Count - 1;
    }

    /// <summary>The write per key that snapshot <paramref name="handle"/> carries.</summary>
    public IReadOnlyList<int> WritesOf(int handle) => (_snapshots[handle] ?? throw new InvalidOperationException($"snapshot {handle} was already taken")).Writes;

    private StoreSnapshot Take(int handle)
    {
        var snapshot = _snapshots[handle] ?? throw new InvalidOperationException($"snapshot {handle} was already taken");
        _snapshots[handle] = null;
        _free.Push(handle);
        return snapshot;
    }

    /// <summary>
    /// Replaces <paramref name="store"/> with the snapshot. Returns the writes of the installing
    /// node's own terms that its new primary never had (see <see cref="CommitLedger.OnSnapshotInstalled"/>).
    /// </summary>
    public (long Count, long FirstCommit, long LastCommit) Install(NodeId node, VersionedStore store, int handle, long now)
    {
        var snapshot = Take(handle);
        for (var key = 0; key < snapshot.Writes.Length; key++)
        {
            var write = snapshot.Writes[key];
            ledger.OnStored(write, store.Put(key, write, snapshot.Versions[key]));
            ledger.OnStored(CommitLedger.Initial, write); // the snapshot's own hold
        }
        return ledger.OnSnapshotInstalled(node, snapshot.Cursors, now);
    }

    public void Discard(int handle)
    {
        foreach (var write in Take(handle).Writes)
        {
            ledger.OnStored(CommitLedger.Initial, write);
        }
    }
}
