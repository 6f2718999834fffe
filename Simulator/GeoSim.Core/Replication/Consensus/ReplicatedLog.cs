namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// A node's log, indexed from 1 (index 0 is the empty prefix, of term 0). Durable: it survives a
/// crash. Only a leader's appends and a follower's reconciliation with its leader change it.
/// </summary>
internal sealed class ReplicatedLog
{
    private readonly List<LogEntry> _entries = [];

    public long LastIndex => _entries.Count;

    public int LastTerm => TermAt(LastIndex);

    public LogEntry this[long index] => _entries[(int)(index - 1)];

    public int TermAt(long index) => index == 0 ? 0 : _entries[(int)(index - 1)].Term;

    public long Append(in LogEntry entry)
    {
        _entries.Add(entry);
        return LastIndex;
    }

    /// <summary>True when a candidate whose log ends at (<paramref name="lastTerm"/>, <paramref name="lastIndex"/>) is at least as up to date as this one.</summary>
    public bool IsBehindOrEqual(int lastTerm, long lastIndex) => lastTerm > LastTerm || (lastTerm == LastTerm && lastIndex >= LastIndex);

    /// <summary>True when this log holds an entry of <paramref name="term"/> at <paramref name="index"/> (so it matches the leader's up to there).</summary>
    public bool Matches(long index, int term) => index <= LastIndex && TermAt(index) == term;

    /// <summary>
    /// Takes in a leader's entries that follow <paramref name="prevIndex"/> (where the logs match):
    /// an entry that conflicts with one held drops it and everything after it. Returns the first
    /// index whose entry changed (past the end when none did).
    /// </summary>
    public long Merge(long prevIndex, IReadOnlyList<LogEntry> entries)
    {
        var firstChanged = LastIndex + 1;
        for (var i = 0; i < entries.Count; i++)
        {
            var index = prevIndex + 1 + i;
            if (index <= LastIndex && TermAt(index) == entries[i].Term)
            {
                continue;
            }
            if (index <= LastIndex)
            {
                _entries.RemoveRange((int)(index - 1), (int)(LastIndex - index + 1));
            }
            firstChanged = Math.Min(firstChanged, index);
            _entries.Add(entries[i]);
        }
        return firstChanged;
    }

    /// <summary>Up to <paramref name="max"/> entries from <paramref name="from"/> on.</summary>
    public LogEntry[] Slice(long from, int max)
    {
        var count = (int)Math.Clamp(LastIndex - from + 1, 0, max);
        return count == 0 ? [] : _entries.GetRange((int)(from - 1), count).ToArray();
    }
}
