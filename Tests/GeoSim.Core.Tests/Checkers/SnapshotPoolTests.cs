using GeoSim.Core.Checkers;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>A snapshot in flight holds its writes like a store: their ledger entries are not reused until it is installed or dropped.</summary>
public class SnapshotPoolTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);

    /// <summary>Commits a write of key 0 at the primary, stores it there and applies it on both nodes.</summary>
    private static int Write(CommitLedger ledger, VersionedStore store, long now)
    {
        var write = ledger.Commit(0, Primary, now);
        ledger.OnStored(write, store.Put(0, write, now));
        ledger.OnApplied(Primary, write, now);
        ledger.OnApplied(Replica, write, now);
        return write;
    }

    [Test]
    public void A_write_held_only_by_a_snapshot_in_flight_keeps_its_entry_until_the_snapshot_is_dropped()
    {
        var ledger = new CommitLedger(keys: 1, nodes: 2);
        var pool = new SnapshotPool(ledger);
        var store = new VersionedStore(1, CommitLedger.Initial);
        var captured = Write(ledger, store, 10);
        var handle = pool.Capture(store, ledger.CursorsOf(Primary));
        var newer = Write(ledger, store, 20);

        var whileHeld = Write(ledger, store, 30);
        pool.Discard(handle);
        var afterDrop = Write(ledger, store, 40);

        Assert.Multiple(() =>
        {
            Assert.That(whileHeld, Is.Not.EqualTo(captured), "the snapshot still holds the first write");
            Assert.That(new[] { newer, whileHeld }, Does.Not.Contain(captured));
            Assert.That(afterDrop, Is.EqualTo(captured), "dropped: its entry is free again");
        });
    }

    [Test]
    public void Installing_a_snapshot_replaces_the_store_and_releases_the_snapshots_hold()
    {
        var ledger = new CommitLedger(keys: 1, nodes: 2);
        var pool = new SnapshotPool(ledger);
        var primaryStore = new VersionedStore(1, CommitLedger.Initial);
        var replicaStore = new VersionedStore(1, CommitLedger.Initial);
        var captured = Write(ledger, primaryStore, 10);
        var handle = pool.Capture(primaryStore, ledger.CursorsOf(Primary));

        pool.Install(Replica, replicaStore, handle, 15);
        Write(ledger, primaryStore, 20);
        var reused = Write(ledger, primaryStore, 30);

        Assert.Multiple(() =>
        {
            Assert.That((replicaStore.WriteOf(0), replicaStore.VersionOf(0)), Is.EqualTo((captured, 10L)));
            Assert.That(reused, Is.Not.EqualTo(captured), "the replica's store holds the first write now");
            Assert.That(() => pool.Discard(handle), Throws.InvalidOperationException.With.Message.Contains($"snapshot {handle} was already taken"));
        });
    }

    [Test]
    public void A_handle_is_reused_once_its_snapshot_is_taken()
    {
        var ledger = new CommitLedger(keys: 1, nodes: 2);
        var pool = new SnapshotPool(ledger);
        var store = new VersionedStore(1, CommitLedger.Initial);
        var first = pool.Capture(store, ledger.CursorsOf(Primary));
        var second = pool.Capture(store, ledger.CursorsOf(Primary));
        pool.Discard(first);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(pool.Capture(store, ledger.CursorsOf(Primary)), Is.EqualTo(first));
        });
    }
}
