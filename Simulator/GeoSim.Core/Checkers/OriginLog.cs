namespace GeoSim.Core.Checkers;

/// <summary>
/// The writes one primary term committed, in commit order, from the oldest not yet applied everywhere
/// (<see cref="Base"/>) to the newest: a growable ring of (commit time, write id).
/// </summary>
internal sealed class OriginLog
{
    private long[] _commitTimes = new long[64];
    private int[] _writeIds = new int[64];
    private int _start;

    /// <summary>Sequence number of the oldest entry still kept.</summary>
    public long Base { get; private set; }

    /// <summary>Sequence number the next commit will get.</summary>
    public long Head { get; private set; }

    public void Append(long commitTime, int writeId)
    {
        var count = (int)(Head - Base);
        if (count == _commitTimes.Length)
        {
            Grow();
        }
        var slot = (_start + count) & (_commitTimes.Length - 1);
        _commitTimes[slot] = commitTime;
        _writeIds[slot] = writeId;
        Head++;
    }

    public long CommitTimeAt(long seq) => _commitTimes[(_start + (int)(seq - Base)) & (_commitTimes.Length - 1)];

    public int WriteIdAt(long seq) => _writeIds[(_start + (int)(seq - Base)) & (_commitTimes.Length - 1)];

    public int PopFront()
    {
        var id = _writeIds[_start];
        _start = (_start + 1) & (_commitTimes.Length - 1);
        Base++;
        return id;
    }

    private void Grow()
    {
        var count = (int)(Head - Base);
        var times = new long[_commitTimes.Length * 2];
        var ids = new int[times.Length];
        for (var i = 0; i < count; i++)
        {
            var slot = (_start + i) & (_commitTimes.Length - 1);
            times[i] = _commitTimes[slot];
            ids[i] = _writeIds[slot];
        }
        _commitTimes = times;
        _writeIds = ids;
        _start = 0;
    }
}
