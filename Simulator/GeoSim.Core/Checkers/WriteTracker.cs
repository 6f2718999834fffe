using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Where a strategy's writes meet the truth: every commit, apply, promotion and snapshot a node
/// makes passes through here, so the ledger, the failover checker, the divergence count and the
/// lag metric see it. The strategy decides; this only records.
/// </summary>
/// <param name="residency">Counts data-class values outside their residency; null without data classes.</param>
/// <param name="mayHold">Whether (key, node) may hold the key, for the divergence count; null: every node with data.</param>
internal sealed class WriteTracker(
    CommitLedger ledger,
    Topology.Topology topology,
    MetricsRecorder metrics,
    FailoverChecker failover,
    Func<long> now,
    IEventLog events,
    ResidencyChecker? residency = null,
    Func<int, int, bool>? mayHold = null)
{
    private readonly SnapshotPool _snapshots = new(ledger);
    private readonly DivergenceTracker _divergence = new(ledger.Keys, Enumerable.Range(0, topology.NodeCount).Where(n => ledger.HoldsData(new NodeId(n))).ToArray(), mayHold);
    private NodeId? _hopFrom;
    private int _hopWrite;
    private long _hopSentAt;

    /// <summary>
    /// A stream message from <paramref name="from"/> carrying <paramref name="write"/> is being
    /// handled: if the receiver takes that write in now, the hop it took is measured.
    /// </summary>
    public void BeginHop(NodeId from, int write, long sentAt) => (_hopFrom, _hopWrite, _hopSentAt) = (from, write, sentAt);

    public void EndHop() => _hopFrom = null;

    /// <summary>A new write committed at <paramref name="node"/>, applied to its store.</summary>
    public WriteRef Commit(NodeId node, VersionedStore store, int key, long version, ulong[]? holders = null)
    {
        var write = Commit(node, key, holders);
        Apply(node, store, key, write.Id, version);
        return write;
    }

    /// <summary>A new write committed at <paramref name="node"/>; the strategy applies or delivers it next.</summary>
    public WriteRef Commit(NodeId node, int key) => Commit(node, key, null);

    /// <summary>The same, for a write only <paramref name="holders"/> (see <see cref="CommitLedger.HolderSet"/>; null: every node with data) are to hold.</summary>
    public WriteRef Commit(NodeId node, int key, ulong[]? holders)
    {
        var write = holders is null ? ledger.Commit(key, node, now()) : ledger.Commit(key, node, now(), holders);
        residency?.OnValue(node, key, now());
        failover.OnCommitted(node);
        return new WriteRef(write, ledger.CommitSeqOf(write));
    }

    public void Apply(NodeId node, VersionedStore store, int key, int write, long version)
    {
        var replaced = store.Put(key, write, version);
        ledger.OnStored(write, replaced);
        _divergence.Touch(key);
        Deliver(node, write);
    }

    /// <summary>
    /// A node stored a version that replaces every older one of its key (last-writer-wins, a repair):
    /// the older writes it never received count as taken in now, as its value is at least as new.
    /// </summary>
    public void ApplyNewest(NodeId node, VersionedStore store, int key, int write, long version)
    {
        var older = ledger.HasOlderInChain(write) ? ledger.OlderInChain(write) : null;
        Apply(node, store, key, write, version);
        foreach (var skipped in older ?? [])
        {
            if (ledger.IsLive(skipped))
            {
                Deliver(node, skipped.Id);
            }
        }
    }

    /// <summary>
    /// A node took a write in (stored or not): it counts as applied there, and its lag is measured
    /// the first time (a repeat, by read repair or anti-entropy, measures nothing).
    /// </summary>
    public void Deliver(NodeId node, int write)
    {
        // Read what the metrics need first: applying a write nobody stores can free its entry.
        var origin = ledger.OriginOf(write);
        var commitTime = ledger.CommitTime(write);
        if (origin != node)
        {
            // The writing node was counted when it committed.
            residency?.OnValue(node, ledger.KeyOf(write), now());
        }
        if (!ledger.OnApplied(node, write, now()))
        {
            return;
        }
        if (origin != node)
        {
            metrics.OnReplicated(topology.RegionOf(origin), topology.RegionOf(node), commitTime, now());
        }
        if (_hopFrom is { } from && _hopWrite == write)
        {
            metrics.OnHop(topology.RegionOf(from), topology.RegionOf(node), _hopSentAt, now());
        }
    }


    /// <param name="keep">The keys the snapshot carries; null: every key.</param>
    public int CaptureSnapshot(NodeId node, VersionedStore store, Func<int, bool>? keep = null) => _snapshots.Capture(store, ledger.CursorsOf(node), keep);

    public void DiscardSnapshot(int handle) => _snapshots.Discard(handle);

    /// <summary>
    /// A node replaces its store with another's snapshot. Writes of its own that the new line of
    /// primaries never had are discarded here, and reported: never merged.
    /// </summary>
    public void InstallSnapshot(NodeId node, VersionedStore store, int handle)
    {
        residency?.OnSnapshot(node, _snapshots.WritesOf(handle), now());
        var (count, first, last) = _snapshots.Install(node, store, handle, now());
        if (count > 0)
        {
            events.Add(now(), "unreplicated-writes", topology.RegionName(topology.RegionOf(node)), FormattableString.Invariant(
                $"{topology.NodeName(node)} had {count} write(s) committed from {first / 1e9:0.###} s to {last / 1e9:0.###} s that its successor never received; discarded at rejoin"));
        }
    }

    /// <summary>
    /// A node takes from a snapshot of part of another's store every value newer than its own (a
    /// copy for a data class moving to its region); the snapshot is used up.
    /// </summary>
    public void MergeSnapshot(NodeId node, VersionedStore store, int handle) =>
        _snapshots.Merge(handle, store, (key, write, version) => Apply(node, store, key, write, version));

    /// <summary>Copies the keys [<paramref name="first"/>, <paramref name="end"/>) of a store to send to a node that merges them (<see cref="MergeSnapshot"/>).</summary>
    public int CaptureRange(VersionedStore store, int first, int end) => _snapshots.CaptureRange(store, first, end);

    /// <summary>A node drops its value of <paramref name="key"/> (its data class left the node's region).</summary>
    public void Drop(VersionedStore store, int key)
    {
        ledger.OnStored(CommitLedger.Initial, store.Put(key, CommitLedger.Initial, 0));
        _divergence.Touch(key);
    }

    /// <summary>The node is no longer expected to hold the keys in [<paramref name="firstKey"/>, <paramref name="endKey"/>).</summary>
    public void Release(NodeId node, int firstKey, int endKey) => ledger.Release(node, firstKey, endKey, now());

    /// <summary>Keys whose value differs between any two nodes, by <paramref name="digest"/>(node, key).</summary>
    public int CountDivergentKeys(Func<int, int, long> digest) => _divergence.Count(digest);
}
