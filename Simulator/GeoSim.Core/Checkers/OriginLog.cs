namespace GeoSim.Core.Checkers;

/// <summary>
/// The writes one node committed in one stretch, in commit order, from the oldest not yet applied
/// by every node expected to hold it (<see cref="Base"/>) to the newest: a growable ring of
/// (commit time, write id, the nodes that are expected to hold it and have not applied it yet).
/// </summary>
internal sealed class OriginLog(int nodes)
{
    private readonly int _words = (nodes + 63) / 64;
    private long[] _commitTimes = new long[64];
    private int[] _writeIds = new int[64];
    private ulong[] _pending = new ulong[64 * ((nodes + 63) / 64)];
    private int _start;

    /// <summary>Sequence number of the oldest entry still kept.</summary>
    public long Base { get; private set; }

    /// <summary>Sequence number the next commit will get.</summary>
    public long Head { get; private set; }

    /// <param name="holders">The nodes expected to hold the write, as a bit set of <c>(nodes + 63) / 64</c> words.</param>
    public void Append(long commitTime, int writeId, ReadOnlySpan<ulong> holders)
    {
        var count = (int)(Head - Base);
        if (count == _commitTimes.Length)
        {
            Grow();
        }
        var slot = (_start + count) & (_commitTimes.Length - 1);
        _commitTimes[slot] = commitTime;
        _writeIds[slot] = writeId;
        holders.CopyTo(_pending.AsSpan(slot * _words, _words));
        Head++;
    }

    public long CommitTimeAt(long seq) => _commitTimes[Slot(seq)];

    public int WriteIdAt(long seq) => _writeIds[Slot(seq)];

    /// <summary>True while <paramref name="node"/> is expected to hold write <paramref name="seq"/> and has not applied it.</summary>
    public bool IsPending(long seq, int node) => (_pending[Slot(seq) * _words + (node >> 6)] & (1UL << node)) != 0;

    public void SetPending(long seq, int node, bool pending)
    {
        ref var word = ref _pending[Slot(seq) * _words + (node >> 6)];
        word = pending ? word | (1UL << node) : word & ~(1UL << node);
    }

    public int PopFront()
    {
        var id = _writeIds[_start];
        _start = (_start + 1) & (_commitTimes.Length - 1);
        Base++;
        return id;
    }

    private int Slot(long seq) => (_start + (int)(seq - Base)) & (_commitTimes.Length - 1);

    private void Grow()
    {
        var count = (int)(Head - Base);
        var times = new long[_commitTimes.Length * 2];
        var ids = new int[times.Length];
        var pending = new ulong[times.Length * _words];
        for (var i = 0; i < count; i++)
        {
            var slot = (_start + i) & (_commitTimes.Length - 1);
            times[i] = _commitTimes[slot];
            ids[i] = _writeIds[slot];
            _pending.AsSpan(slot * _words, _words).CopyTo(pending.AsSpan(i * _words, _words));
        }
        _commitTimes = times;
        _writeIds = ids;
        _pending = pending;
        _start = 0;
    }
}
