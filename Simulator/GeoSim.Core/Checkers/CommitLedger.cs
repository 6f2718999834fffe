using GeoSim.Core.Metrics;
using GeoSim.Core.Workload;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// The global truth about writes, which no node can see: when each write was committed, when a
/// later write superseded it, which nodes have applied it. Metrics read staleness and how far each
/// node is behind from here. A key's truth is the value the system converges to: its newest write
/// that was not discarded (abandoned at a promotion, or lost to conflict resolution); discarding the
/// newest makes the one before it the truth again, for every strategy alike. Memory is O(keys + writes not yet applied everywhere): a write's entry
/// is recycled once it is superseded, held by no store and applied on every node.
/// </summary>
/// <remarks>
/// A write's origin is the node that committed it; its writes are kept per term (a stretch as
/// primary). Each node must apply the writes of one term in commit order (replication streams are
/// ordered), which lets "oldest unapplied write" be a cursor into a per-term log instead of a
/// search. When a node is promoted, the writes of other terms it has not applied can never reach
/// it any more: they are abandoned, nodes stop being expected to apply them, and those that were
/// acknowledged to a client (now or later) are lost updates.
/// </remarks>
public sealed class CommitLedger
{
    /// <summary>The write id of a key's initial value, present everywhere from the start.</summary>
    public const int Initial = -1;

    /// <summary>No neighbour in a truth chain (the newest write has no successor; a discarded write none at all).</summary>
    private const int NoWrite = -2;

    private WriteEntry[] _writes = new WriteEntry[1024];
    private int _writeCount;
    private int _freeWrite = -1;
    private long _commitCount;
    private readonly Latest[] _latest;
    private readonly long[] _initialSupersededAt;
    private readonly bool[] _holdsData;
    private readonly ulong[] _allData;
    private readonly List<Term> _terms = [];
    private readonly int[] _termOf;
    private readonly ConvergenceWatch _convergence = new();

    /// <param name="witnesses">Nodes that hold no data (a failover witness): never expected to apply a write.</param>
    public CommitLedger(int keys, int nodes, IReadOnlyCollection<NodeId>? witnesses = null)
    {
        _holdsData = Enumerable.Range(0, nodes).Select(n => witnesses?.Contains(new NodeId(n)) != true).ToArray();
        _allData = HolderSet(nodes, Enumerable.Range(0, nodes).Where(n => _holdsData[n]).Select(n => new NodeId(n)));
        _latest = new Latest[keys];
        Array.Fill(_latest, new Latest(Initial, -1));
        _initialSupersededAt = new long[keys];
        Array.Fill(_initialSupersededAt, long.MaxValue);
        _termOf = new int[nodes];
        Array.Fill(_termOf, -1);
    }

    /// <summary>False at a node that holds no data (a witness): it is never expected to apply a write.</summary>
    public bool HoldsData(NodeId node) => _holdsData[node.Index];

    /// <summary>A bit set of <paramref name="holders"/> among <paramref name="nodes"/> nodes, as <see cref="Commit(int, NodeId, long, ReadOnlySpan{ulong})"/> takes it.</summary>
    public static ulong[] HolderSet(int nodes, IEnumerable<NodeId> holders)
    {
        var set = new ulong[(nodes + 63) / 64];
        foreach (var node in holders)
        {
            set[node.Index >> 6] |= 1UL << node.Index;
        }
        return set;
    }

    /// <summary>How many keys the ledger follows.</summary>
    public int Keys => _latest.Length;

    /// <summary>
    /// Records a new write committed by <paramref name="origin"/> now. It becomes the key's truth,
    /// unless its term was abandoned already: then it is discarded at birth.
    /// </summary>
    public int Commit(int key, NodeId origin, long now) => Commit(key, origin, now, _allData);

    /// <summary>
    /// The same for a write that only <paramref name="holders"/> (a bit set of nodes, see
    /// <see cref="HolderSet"/>) are expected to hold: the N replicas of its key, a chain. Nodes
    /// outside it are never waited for.
    /// </summary>
    public int Commit(int key, NodeId origin, long now, ReadOnlySpan<ulong> holders)
    {
        var id = Allocate();
        ref var entry = ref _writes[id];
        if (_termOf[origin.Index] < 0)
        {
            StartTerm(origin);
        }
        var term = _terms[_termOf[origin.Index]];
        var log = term.Log;
        var abandoned = log.Head >= term.AbandonedFrom;
        entry = new WriteEntry
        {
            Key = key,
            Term = _termOf[origin.Index],
            Abandoned = abandoned,
            Discarded = abandoned,
            Seq = log.Head,
            CommitSeq = _commitCount++,
            CommitTime = now,
            SupersededAt = abandoned ? now : long.MaxValue,
            Prev = NoWrite,
            Next = NoWrite,
            NextFree = -1,
        };
        log.Append(now, id, holders);
        if (holders != _allData)
        {
            SkipUnexpected(term, log.Head - 1);
        }
        if (!abandoned)
        {
            Link(id, now);
        }
        return id;
    }

    public long CommitTime(int write) => _writes[write].CommitTime;

    /// <summary>The write's place in the global commit order (the initial value is -1): "older" for session checks.</summary>
    public long CommitSeqOf(int write) => write == Initial ? -1 : _writes[write].CommitSeq;

    public int KeyOf(int write) => _writes[write].Key;

    public NodeId OriginOf(int write) => new(_terms[_writes[write].Term].Node);

    /// <summary>Judges a read that returns <paramref name="write"/> for <paramref name="key"/> now: stale, and since when.</summary>
    public ReadOutcome JudgeRead(int key, int write, long now) => JudgeRead(key, write, now, out _);

    /// <summary>
    /// The same, with the global commit sequence of the value read. Taken from what judging the
    /// read touches anyway (the key's latest, or the superseded write's entry), so the read path
    /// costs no further memory access.
    /// </summary>
    public ReadOutcome JudgeRead(int key, int write, long now, out long commitSeq)
    {
        var latest = _latest[key];
        if (write == latest.Write)
        {
            commitSeq = latest.CommitSeq;
            return ReadOutcome.Fresh;
        }
        if (write == Initial)
        {
            commitSeq = -1;
            return new ReadOutcome(true, now - _initialSupersededAt[key], VersionsBehind(latest.Write, write));
        }
        ref var entry = ref _writes[write];
        commitSeq = entry.CommitSeq;
        return new ReadOutcome(true, now - entry.SupersededAt, VersionsBehind(latest.Write, write));
    }

    /// <summary>
    /// How many writes of the truth chain are newer than <paramref name="write"/>, walking back from
    /// the newest, <paramref name="latest"/>, at most <see cref="ReadOutcome.DeepestVersionsBehind"/>
    /// steps: a write not met on the way (older, or not in the chain) counts as that far behind.
    /// </summary>
    private int VersionsBehind(int latest, int write)
    {
        var behind = 1;
        for (var newer = latest; newer >= 0 && behind < ReadOutcome.DeepestVersionsBehind; behind++)
        {
            var older = _writes[newer].Prev;
            if (older == write)
            {
                return behind;
            }
            newer = older;
        }
        return ReadOutcome.DeepestVersionsBehind;
    }

    /// <summary>
    /// Judges a read that returns <paramref name="read"/>, a write a node learnt of from another
    /// node's answer rather than from its own store. If its id was reused meanwhile (the write was
    /// superseded and applied everywhere while the answer travelled), the read was stale, by an
    /// unknown time that is counted as 0.
    /// </summary>
    public ReadOutcome JudgeRead(int key, WriteRef read, long now) =>
        read.Id != Initial && !IsLive(read) ? new ReadOutcome(true, 0, ReadOutcome.DeepestVersionsBehind) : JudgeRead(key, read.Id, now, out _);

    /// <summary>False when the id of <paramref name="write"/> has been freed (and maybe reused) since it was committed.</summary>
    public bool IsLive(WriteRef write) => write.Id == Initial || _writes[write.Id].CommitSeq == write.CommitSeq;

    /// <summary>
    /// The writes of <paramref name="write"/>'s key committed before it and still in its truth
    /// chain (not discarded, not freed), newest first: what a node that takes <paramref name="write"/>
    /// in without them has nonetheless been brought past.
    /// </summary>
    public List<WriteRef> OlderInChain(int write)
    {
        var older = new List<WriteRef>();
        for (var prev = _writes[write].Prev; prev >= 0; prev = _writes[prev].Prev)
        {
            older.Add(new WriteRef(prev, _writes[prev].CommitSeq));
        }
        return older;
    }

    /// <summary>True when <paramref name="write"/> has older writes of its key still in its truth chain.</summary>
    public bool HasOlderInChain(int write) => _writes[write].Prev >= 0;

    /// <summary>
    /// Marks a write as lost (its effect discarded by conflict resolution); true the first time.
    /// The key's truth falls back to the newest write not discarded.
    /// </summary>
    public bool MarkLost(int write, long now)
    {
        ref var entry = ref _writes[write];
        if (entry.Lost)
        {
            return false;
        }
        entry.Lost = true;
        Discard(write, now);
        return true;
    }

    /// <summary>A store now holds <paramref name="write"/> instead of <paramref name="replaced"/>.</summary>
    public void OnStored(int write, int replaced)
    {
        if (write != Initial && ++_writes[write].Holders == 1)
        {
            OnLastHoldChanged(write, +1);
        }
        if (replaced != Initial)
        {
            if (--_writes[replaced].Holders == 0)
            {
                OnLastHoldChanged(replaced, -1);
            }
            TryRecycle(replaced);
        }
    }

    /// <summary>
    /// Convergence waits until no store holds a discarded write committed before the heal. It is
    /// checked at the apply or install that follows every change of a store.
    /// </summary>
    private void OnLastHoldChanged(int id, int delta)
    {
        ref var entry = ref _writes[id];
        if (entry.Discarded && _convergence.Watches(entry.CommitSeq))
        {
            _convergence.AdjustHeld(delta);
        }
    }

    /// <summary>
    /// Node <paramref name="node"/> applied <paramref name="write"/>, in any order; false when it
    /// was not waiting for it (applied before, or not one of its expected holders), which changes
    /// nothing.
    /// </summary>
    public bool OnApplied(NodeId node, int write, long now)
    {
        ref var entry = ref _writes[write];
        var term = _terms[entry.Term];
        var log = term.Log;
        if (entry.Seq < log.Base || !log.IsPending(entry.Seq, node.Index))
        {
            return false;
        }
        log.SetPending(entry.Seq, node.Index, false);
        if (term.Cursors[node.Index] == entry.Seq)
        {
            term.Advance(node.Index);
            AdvanceWatermark(term, now);
        }
        return true;
    }

    /// <summary>
    /// <paramref name="node"/> is no longer expected to hold the writes of the keys in
    /// [<paramref name="firstKey"/>, <paramref name="endKey"/>) it has not applied (their data
    /// class left its region): they stop counting towards its lag.
    /// </summary>
    public void Release(NodeId node, int firstKey, int endKey, long now)
    {
        foreach (var term in _terms)
        {
            var log = term.Log;
            for (var seq = Math.Max(term.Cursors[node.Index], log.Base); seq < log.Head; seq++)
            {
                if (log.IsPending(seq, node.Index) && _writes[log.WriteIdAt(seq)].Key is var key && key >= firstKey && key < endKey)
                {
                    log.SetPending(seq, node.Index, false);
                }
            }
            term.Advance(node.Index);
            AdvanceWatermark(term, now);
        }
    }

    /// <summary>Nodes that are not expected to hold the write just appended at <paramref name="seq"/> and had every earlier one move past it.</summary>
    private static void SkipUnexpected(Term term, long seq)
    {
        for (var n = 0; n < term.Cursors.Length; n++)
        {
            if (term.Cursors[n] == seq && !term.Log.IsPending(seq, n))
            {
                term.Cursors[n] = seq + 1;
            }
        }
    }

    /// <summary>Now minus the commit time of the oldest write committed anywhere, not abandoned, and not yet applied at <paramref name="node"/>.</summary>
    public long BehindNanos(NodeId node, long now)
    {
        var oldest = long.MaxValue;
        foreach (var term in _terms)
        {
            var cursor = term.Cursors[node.Index];
            if (cursor < term.Limit)
            {
                oldest = Math.Min(oldest, term.Log.CommitTimeAt(cursor));
            }
        }
        return oldest == long.MaxValue ? 0 : now - oldest;
    }

    /// <summary>
    /// Visits every write <see cref="BehindNanos"/> looks at for <paramref name="node"/> (committed,
    /// not abandoned, not applied there) with its origin and commit time: at the end of a run, the
    /// writes whose lag is censored.
    /// </summary>
    public void ForEachUnapplied(NodeId node, Action<NodeId, long> visit)
    {
        foreach (var term in _terms)
        {
            for (var seq = term.Cursors[node.Index]; seq < term.Limit; seq++)
            {
                if (term.Log.IsPending(seq, node.Index))
                {
                    visit(new NodeId(term.Node), term.Log.CommitTimeAt(seq));
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="node"/> was promoted: every write of another term that it has not applied is
    /// abandoned. Returns the acknowledged ones among them; later acknowledgements of abandoned
    /// writes are reported by <see cref="OnAcknowledged"/>.
    /// </summary>
    public LostWrites OnPromoted(NodeId node, long now)
    {
        var lost = 0L;
        var oldest = long.MaxValue;
        var newest = long.MinValue;
        foreach (var term in _terms)
        {
            var from = term.Cursors[node.Index];
            for (var seq = from; seq < term.Limit; seq++)
            {
                var id = term.Log.WriteIdAt(seq);
                ref var entry = ref _writes[id];
                entry.Abandoned = true;
                Discard(id, now);
                if (entry.Acknowledged)
                {
                    lost++;
                    oldest = Math.Min(oldest, entry.CommitTime);
                    newest = Math.Max(newest, entry.CommitTime);
                }
            }
            term.AbandonedFrom = Math.Min(term.AbandonedFrom, from);
        }
        StartTerm(node);
        _convergence.Check(now, _terms);
        return new LostWrites(lost, oldest, newest);
    }

    /// <summary>
    /// A client received the acknowledgement of a write; true when it had been abandoned already (a
    /// lost update). The commit sequence tells a live write from a reused id, whose write was
    /// applied everywhere and so cannot be lost.
    /// </summary>
    public bool OnAcknowledged(int write, long commitSeq, out NodeId origin)
    {
        origin = default;
        if (write == Initial)
        {
            return false;
        }
        ref var entry = ref _writes[write];
        if (entry.CommitSeq != commitSeq || entry.Acknowledged)
        {
            return false;
        }
        entry.Acknowledged = true;
        origin = new NodeId(_terms[entry.Term].Node);
        return entry.Abandoned;
    }

    /// <summary>A fault ended now: convergence is measured from here, for the writes committed so far.</summary>
    public void OnHeal(long now)
    {
        var held = 0L;
        for (var id = 0; id < _writeCount; id++)
        {
            held += _writes[id].Discarded && _writes[id].Holders > 0 ? 1 : 0;
        }
        _convergence.OnHeal(now, _terms, _commitCount, held);
    }

    /// <summary>From the last heal until every write committed before it was applied everywhere or abandoned; null if never.</summary>
    public long? ConvergenceNanos => _convergence.Nanos;

    /// <summary>Every node's cursors, to hand to a node that installs a copy of this node's store.</summary>
    public long[] CursorsOf(NodeId node) => _terms.Select(t => t.Cursors[node.Index]).ToArray();

    /// <summary>
    /// <paramref name="node"/> installed a store captured with <paramref name="cursors"/>: it has
    /// applied exactly what the captured node had. Returns the writes of <paramref name="node"/>'s
    /// own terms that were abandoned and not reported yet: its unreplicated writes, now discarded.
    /// </summary>
    public (long Count, long FirstCommit, long LastCommit) OnSnapshotInstalled(NodeId node, long[] cursors, long now)
    {
        var count = 0L;
        var first = long.MaxValue;
        var last = long.MinValue;
        for (var t = 0; t < _terms.Count; t++)
        {
            var term = _terms[t];
            // Terms started after the capture are new to both nodes.
            Rewind(term, node.Index, Math.Max(t < cursors.Length ? cursors[t] : 0, term.Log.Base));
            AdvanceWatermark(term, now);
            if (term.Node == node.Index && !term.Reported && term.AbandonedFrom < term.Log.Head)
            {
                term.Reported = true;
                count += term.Log.Head - term.AbandonedFrom;
                first = Math.Min(first, term.Log.CommitTimeAt(Math.Max(term.AbandonedFrom, term.Log.Base)));
                last = Math.Max(last, term.Log.CommitTimeAt(term.Log.Head - 1));
            }
        }
        return (count, first, last);
    }

    /// <summary>
    /// After an install, <paramref name="node"/> holds exactly the writes before <paramref name="cursor"/>
    /// and waits for every later one. Snapshots belong to strategies that replicate every write to
    /// every node holding data, so every later write is expected there.
    /// </summary>
    private static void Rewind(Term term, int node, long cursor)
    {
        var log = term.Log;
        for (var seq = Math.Max(log.Base, Math.Min(cursor, term.Cursors[node])); seq < log.Head; seq++)
        {
            log.SetPending(seq, node, seq >= cursor);
        }
        term.Cursors[node] = cursor;
    }

    private void StartTerm(NodeId node)
    {
        _termOf[node.Index] = _terms.Count;
        _terms.Add(new Term(node.Index, _holdsData.Length, _holdsData));
    }

    private void AdvanceWatermark(Term term, long now)
    {
        var watermark = term.Watermark;
        var log = term.Log;
        while (log.Base < watermark)
        {
            var id = log.PopFront();
            _writes[id].AppliedEverywhere = true;
            TryRecycle(id);
        }
        _convergence.Check(now, _terms);
    }

    /// <summary>The write becomes the newest of its key's truth chain.</summary>
    private void Link(int id, long now)
    {
        ref var entry = ref _writes[id];
        var previous = _latest[entry.Key].Write;
        entry.Prev = previous;
        _latest[entry.Key] = new Latest(id, entry.CommitSeq);
        if (previous == Initial)
        {
            _initialSupersededAt[entry.Key] = now;
        }
        else
        {
            _writes[previous].Next = id;
            _writes[previous].SupersededAt = now;
            TryRecycle(previous);
        }
    }

    /// <summary>
    /// The write will never be the value the system converges to: it leaves its key's truth chain.
    /// Its predecessor is the truth again if it was the newest, else stays so until its successor's commit.
    /// </summary>
    private void Discard(int id, long now)
    {
        ref var entry = ref _writes[id];
        if (entry.Discarded)
        {
            return;
        }
        entry.Discarded = true;
        if (entry.Holders > 0 && _convergence.Watches(entry.CommitSeq))
        {
            _convergence.AdjustHeld(+1);
        }
        var until = entry.Next == NoWrite ? long.MaxValue : _writes[entry.Next].CommitTime;
        if (entry.Prev == Initial)
        {
            _initialSupersededAt[entry.Key] = until;
        }
        else
        {
            _writes[entry.Prev].SupersededAt = until;
        }
        Unlink(id);
        entry.SupersededAt = Math.Min(entry.SupersededAt, now);
        TryRecycle(id);
    }

    /// <summary>Takes a write out of its key's truth chain, joining its neighbours.</summary>
    private void Unlink(int id)
    {
        ref var entry = ref _writes[id];
        var (prev, next) = (entry.Prev, entry.Next);
        if (next == NoWrite)
        {
            _latest[entry.Key] = prev == Initial ? new Latest(Initial, -1) : new Latest(prev, _writes[prev].CommitSeq);
        }
        else
        {
            _writes[next].Prev = prev;
        }
        if (prev != Initial)
        {
            _writes[prev].Next = next;
        }
        (entry.Prev, entry.Next) = (NoWrite, NoWrite);
    }

    private void TryRecycle(int id)
    {
        ref var entry = ref _writes[id];
        if (entry.Holders == 0 && entry.AppliedEverywhere && entry.SupersededAt != long.MaxValue)
        {
            if (!entry.Discarded)
            {
                // Superseded, so never the newest: its neighbours join over it.
                Unlink(id);
            }
            // A free entry's commit sequence matches no write's, so a stale id is told from a live one.
            entry = new WriteEntry { NextFree = _freeWrite, CommitSeq = -1 };
            _freeWrite = id;
        }
    }

    private int Allocate()
    {
        if (_freeWrite >= 0)
        {
            var id = _freeWrite;
            _freeWrite = _writes[id].NextFree;
            return id;
        }
        if (_writeCount == _writes.Length)
        {
            Array.Resize(ref _writes, _writes.Length * 2);
        }
        return _writeCount++;
    }

    private readonly record struct Latest(int Write, long CommitSeq);

    private struct WriteEntry
    {
        public int Key;
        public int Term;
        public bool Abandoned;
        public bool Acknowledged;
        public long Seq;
        public long CommitSeq;
        public long CommitTime;
        public long SupersededAt;
        public int Holders;
        public bool AppliedEverywhere;
        public bool Lost;
        public bool Discarded;
        /// <summary>The neighbours in the key's truth chain: the writes not discarded, in commit order.</summary>
        public int Prev;
        public int Next;
        public int NextFree;
    }
}
