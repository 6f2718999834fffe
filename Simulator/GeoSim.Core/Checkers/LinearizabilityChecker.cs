namespace GeoSim.Core.Checkers;

/// <summary>
/// Reads judged against what clients were told: a read is a violation when it returned a value
/// older (in the global commit order) than a write of its key whose acknowledgement reached a
/// client before the read was issued. For strategies that promise linearizable reads; a stale
/// lease across a failover is what it catches. Memory: per key, the acknowledgements of the last
/// <c>horizon</c> (the longest client timeout), and the newest one before it.
/// </summary>
internal sealed class LinearizabilityChecker(int keys, long horizonNanos)
{
    private const int PruneAbove = 16;

    private readonly List<(long At, long Seq)>?[] _acks = new List<(long At, long Seq)>?[keys];

    /// <summary>A client received the acknowledgement of a write of <paramref name="key"/> now.</summary>
    public void OnWriteAcknowledged(int key, long commitSeq, long now)
    {
        var acks = _acks[key] ??= [];
        if (acks.Count > 0 && acks[^1].Seq >= commitSeq)
        {
            return;
        }
        acks.Add((now, commitSeq));
        if (acks.Count > PruneAbove)
        {
            // Keep the newest acknowledgement older than any read still waiting, and every later one.
            var keepFrom = acks.FindLastIndex(a => a.At < now - horizonNanos);
            if (keepFrom > 0)
            {
                acks.RemoveRange(0, keepFrom);
            }
        }
    }

    /// <summary>True when a write of <paramref name="key"/> newer than the value read was acknowledged before <paramref name="issuedAt"/>.</summary>
    public bool IsViolation(int key, long readSeq, long issuedAt)
    {
        var acks = _acks[key];
        if (acks is null)
        {
            return false;
        }
        for (var i = acks.Count - 1; i >= 0; i--)
        {
            if (acks[i].At < issuedAt)
            {
                return acks[i].Seq > readSeq;
            }
        }
        return false;
    }
}
