namespace GeoSim.Core.Checkers;

/// <summary>
/// Raft's State Machine Safety, checked over the whole run: the entry (term, write) each log index
/// was first applied with, by any node. A node that applies a different entry at an index another
/// node applied counts a conflict: two leaders committed different entries there. Memory is the
/// indices some node has not applied yet: those every node has passed are dropped.
/// </summary>
public sealed class LogAudit(int nodes)
{
    private const int DropEvery = 4096;

    private readonly List<(int Term, long CommitSeq)> _entries = [];
    private readonly long[] _appliedAt = new long[nodes];
    private long _firstIndex = 1;

    /// <summary>Applied entries that differed from the one first applied at their index.</summary>
    public long Conflicts { get; private set; }

    /// <summary>True once any node has applied an entry.</summary>
    public bool Used { get; private set; }

    /// <summary>Node <paramref name="node"/> applied <paramref name="index"/> (its log is applied in order from 1); true when it conflicts.</summary>
    public bool OnApplied(int node, long index, int term, long commitSeq)
    {
        Used = true;
        _appliedAt[node] = index;
        var i = (int)(index - _firstIndex);
        var conflict = false;
        if (i == _entries.Count)
        {
            _entries.Add((term, commitSeq));
        }
        else if (i < 0 || i > _entries.Count)
        {
            throw new InvalidOperationException($"node {node} applied log index {index} out of order");
        }
        else if (_entries[i] != (term, commitSeq))
        {
            Conflicts++;
            conflict = true;
        }
        DropApplied();
        return conflict;
    }

    private void DropApplied()
    {
        if (_entries.Count < 2 * DropEvery)
        {
            return;
        }
        var everywhere = _appliedAt.Min();
        var drop = (int)Math.Min(everywhere - _firstIndex + 1, _entries.Count);
        if (drop >= DropEvery)
        {
            _entries.RemoveRange(0, drop);
            _firstIndex += drop;
        }
    }
}
