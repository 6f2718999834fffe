using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// The global truth about writes, which no node can see: when each write was committed, when a
/// later write superseded it, which nodes have applied it. Metrics read staleness and how far each
/// node is behind from here. Memory is O(keys + writes not yet applied everywhere): a write's entry
/// is recycled once it is superseded, held by no store and applied on every node.
/// </summary>
/// <remarks>
/// A write's origin is the node that committed it. Each node must apply the writes of one origin
/// in commit order (replication streams are ordered), which lets "oldest unapplied write" be a
/// cursor into a per-origin log instead of a search.
/// </remarks>
public sealed class CommitLedger
{
    /// <summary>The write id of a key's initial value, present everywhere from the start.</summary>
    public const int Initial = -1;

    private WriteEntry[] _writes = new WriteEntry[1024];
    private int _writeCount;
    private int _freeWrite = -1;
    private readonly int[] _latest;
    private readonly long[] _initialSupersededAt;
    private readonly int _nodes;
    private readonly OriginLog[] _logs;
    private readonly long[] _nextUnapplied; // [node * nodes + origin]

    public CommitLedger(int keys, int nodes)
    {
        _nodes = nodes;
        _latest = new int[keys];
        Array.Fill(_latest, Initial);
        _initialSupersededAt = new long[keys];
        Array.Fill(_initialSupersededAt, long.MaxValue);
        _logs = new OriginLog[nodes];
        for (var i = 0; i < nodes; i++)
        {
            _logs[i] = new OriginLog();
        }
        _nextUnapplied = new long[nodes * nodes];
    }

    /// <summary>Records a new write committed by <paramref name="origin"/> now; it supersedes the key's latest.</summary>
    public int Commit(int key, NodeId origin, long now)
    {
        var id = Allocate();
        ref var entry = ref _writes[id];
        var log = _logs[origin.Index];
        entry = new WriteEntry
        {
            Key = key,
            Origin = origin.Index,
            Seq = log.Head,
            CommitTime = now,
            SupersededAt = long.MaxValue,
            NextFree = -1,
        };
        log.Append(now, id);
        var previous = _latest[key];
        if (previous == Initial)
        {
            _initialSupersededAt[key] = Math.Min(_initialSupersededAt[key], now);
        }
        else
        {
            _writes[previous].SupersededAt = now;
            TryRecycle(previous);
        }
        _latest[key] = id;
        return id;
    }

    public long CommitTime(int write) => _writes[write].CommitTime;

    public NodeId OriginOf(int write) => new(_writes[write].Origin);

    /// <summary>Judges a read that returns <paramref name="write"/> for <paramref name="key"/> now: stale, and since when.</summary>
    public ReadOutcome JudgeRead(int key, int write, long now)
    {
        if (write == _latest[key])
        {
            return ReadOutcome.Fresh;
        }
        var supersededAt = write == Initial ? _initialSupersededAt[key] : _writes[write].SupersededAt;
        return new ReadOutcome(true, now - supersededAt);
    }

    /// <summary>Marks a write as lost (its effect discarded by conflict resolution); true the first time.</summary>
    public bool MarkLost(int write)
    {
        ref var entry = ref _writes[write];
        if (entry.Lost)
        {
            return false;
        }
        entry.Lost = true;
        return true;
    }

    /// <summary>A store now holds <paramref name="write"/> instead of <paramref name="replaced"/>.</summary>
    public void OnStored(int write, int replaced)
    {
        if (write != Initial)
        {
            _writes[write].Holders++;
        }
        if (replaced != Initial)
        {
            _writes[replaced].Holders--;
            TryRecycle(replaced);
        }
    }

    /// <summary>Node <paramref name="node"/> applied <paramref name="write"/>: moves its cursor on the write's origin log.</summary>
    public void OnApplied(NodeId node, int write)
    {
        ref var entry = ref _writes[write];
        ref var cursor = ref _nextUnapplied[node.Index * _nodes + entry.Origin];
        if (cursor != entry.Seq)
        {
            throw new InvalidOperationException(
                $"node {node.Index} applied write #{entry.Seq} of origin {entry.Origin} out of order (expected #{cursor})");
        }
        cursor++;
        AdvanceWatermark(entry.Origin);
    }

    /// <summary>Now minus the commit time of the oldest write committed anywhere and not yet applied at <paramref name="node"/>.</summary>
    public long BehindNanos(NodeId node, long now)
    {
        var oldest = long.MaxValue;
        for (var origin = 0; origin < _nodes; origin++)
        {
            var log = _logs[origin];
            var cursor = _nextUnapplied[node.Index * _nodes + origin];
            if (cursor < log.Head)
            {
                oldest = Math.Min(oldest, log.CommitTimeAt(cursor));
            }
        }
        return oldest == long.MaxValue ? 0 : now - oldest;
    }

    private void AdvanceWatermark(int origin)
    {
        var watermark = long.MaxValue;
        for (var node = 0; node < _nodes; node++)
        {
            watermark = Math.Min(watermark, _nextUnapplied[node * _nodes + origin]);
        }
        var log = _logs[origin];
        while (log.Base < watermark)
        {
            var id = log.PopFront();
            _writes[id].AppliedEverywhere = true;
            TryRecycle(id);
        }
    }

    private void TryRecycle(int id)
    {
        ref var entry = ref _writes[id];
        if (entry.Holders == 0 && entry.AppliedEverywhere && entry.SupersededAt != long.MaxValue)
        {
            entry = new WriteEntry { NextFree = _freeWrite };
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

    private struct WriteEntry
    {
        public int Key;
        public int Origin;
        public long Seq;
        public long CommitTime;
        public long SupersededAt;
        public int Holders;
        public bool AppliedEverywhere;
        public bool Lost;
        public int NextFree;
    }
}
