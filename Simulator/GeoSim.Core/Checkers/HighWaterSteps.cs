namespace GeoSim.Core.Checkers;

/// <summary>
/// Per line (a session's key and kind), when the client learned each new high-water mark of commit
/// sequences: steps of strictly increasing time and sequence, so "the highest sequence learned at
/// or before t" is exact for any t after the oldest step kept. Steps older than the horizon the
/// caller gives are folded into one (no question can reach further back); beyond
/// <see cref="Depth"/> steps the oldest is dropped, and only then can an answer be too low.
/// </summary>
internal sealed class HighWaterSteps(int lines)
{
    /// <summary>Steps kept per line within the horizon.</summary>
    public const int Depth = 16;

    private readonly long[] _times = new long[lines * Depth];
    private readonly long[] _seqs = new long[lines * Depth];
    private readonly byte[] _counts = new byte[lines];

    public void Clear(int line) => _counts[line] = 0;

    /// <summary>The client learned <paramref name="seq"/> at <paramref name="time"/>; steps at or before <paramref name="horizon"/> fold into one.</summary>
    public void Add(int line, long time, long seq, long horizon)
    {
        var start = line * Depth;
        int count = _counts[line];
        if (count > 0 && seq <= _seqs[start + count - 1])
        {
            return;
        }
        // Keep only the newest step at or before the horizon: every later question includes it.
        var drop = 0;
        while (drop + 1 < count && _times[start + drop + 1] <= horizon)
        {
            drop++;
        }
        if (count - drop == Depth)
        {
            drop++;
        }
        if (drop > 0)
        {
            Array.Copy(_times, start + drop, _times, start, count - drop);
            Array.Copy(_seqs, start + drop, _seqs, start, count - drop);
            count -= drop;
        }
        _times[start + count] = time;
        _seqs[start + count] = seq;
        _counts[line] = (byte)(count + 1);
    }

    /// <summary>The highest sequence learned at or before <paramref name="time"/>; long.MinValue when none.</summary>
    public long MaxAt(int line, long time)
    {
        var start = line * Depth;
        for (var i = start + _counts[line] - 1; i >= start; i--)
        {
            if (_times[i] <= time)
            {
                return _seqs[i];
            }
        }
        return long.MinValue;
    }
}
