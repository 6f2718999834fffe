namespace GeoSim.Core.Checkers;

/// <summary>
/// Measures convergence after a heal: the time until every write committed before the heal is
/// applied on every node, or discarded (abandoned at a promotion, lost to conflict resolution) and
/// held by no store any more. Writes committed after the heal do not count, so writes that keep
/// coming do not hide the moment.
/// </summary>
internal sealed class ConvergenceWatch
{
    private long[] _marks = [];
    private long _healedAt;
    private bool _pending;
    private long _heldDiscarded;

    /// <summary>Writes with a smaller commit sequence were committed before the last heal.</summary>
    public long HealSeq { get; private set; } = -1;

    /// <summary>Whether a discarded write of this commit sequence is still being waited for.</summary>
    public bool Watches(long commitSeq) => _pending && commitSeq < HealSeq;

    /// <summary>A store took (+1) or dropped (-1) the last hold of a watched discarded write, or it was discarded while held.</summary>
    public void AdjustHeld(int delta) => _heldDiscarded += delta;

    /// <summary>From the last heal to convergence, in nanoseconds; null before any heal, or while still pending.</summary>
    public long? Nanos { get; private set; }

    /// <summary>A fault ended now: what the terms have committed so far must now reach every node.</summary>
    public void OnHeal(long now, IReadOnlyList<Term> terms, long healSeq, long heldDiscarded)
    {
        (HealSeq, _heldDiscarded) = (healSeq, heldDiscarded);
        _marks = new long[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            _marks[t] = terms[t].Log.Head;
        }
        (_healedAt, _pending, Nanos) = (now, true, null);
        Check(now, terms);
    }

    /// <summary>Something was applied or abandoned: converged once every term has reached its mark everywhere.</summary>
    public void Check(long now, IReadOnlyList<Term> terms)
    {
        if (!_pending || _heldDiscarded > 0)
        {
            return;
        }
        for (var t = 0; t < _marks.Length; t++)
        {
            if (terms[t].Watermark < Math.Min(_marks[t], terms[t].AbandonedFrom))
            {
                return;
            }
        }
        (_pending, Nanos) = (false, now - _healedAt);
    }
}
