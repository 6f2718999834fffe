namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// A PN-counter CRDT: per node, the increments and decrements it made. Merge is the pointwise
/// maximum, so it is commutative, associative and idempotent: replicas that have seen the same
/// updates, in any order and any number of times, hold the same value. Immutable.
/// </summary>
internal sealed class PnCounter : ICrdt, IEquatable<PnCounter>
{
    private readonly long[] _increments;
    private readonly long[] _decrements;

    public PnCounter(int nodes) : this(new long[nodes], new long[nodes])
    {
    }

    private PnCounter(long[] increments, long[] decrements)
    {
        _increments = increments;
        _decrements = decrements;
    }

    /// <summary>The counter's value: all increments minus all decrements.</summary>
    public long Value => _increments.Sum() - _decrements.Sum();

    public PnCounter Add(int node, long delta)
    {
        var increments = (long[])_increments.Clone();
        var decrements = (long[])_decrements.Clone();
        if (delta >= 0)
        {
            increments[node] += delta;
        }
        else
        {
            decrements[node] -= delta;
        }
        return new PnCounter(increments, decrements);
    }

    public PnCounter Merge(PnCounter other)
    {
        var increments = new long[_increments.Length];
        var decrements = new long[_decrements.Length];
        for (var i = 0; i < increments.Length; i++)
        {
            increments[i] = Math.Max(_increments[i], other._increments[i]);
            decrements[i] = Math.Max(_decrements[i], other._decrements[i]);
        }
        return new PnCounter(increments, decrements);
    }

    /// <summary>Every write is one increment.</summary>
    public ICrdt Update(int node, long writeTag) => Add(node, 1);

    public ICrdt Merge(ICrdt other) => Merge((PnCounter)other);

    public long Digest() => Value;

    public bool Equals(PnCounter? other) =>
        other is not null && _increments.AsSpan().SequenceEqual(other._increments) && _decrements.AsSpan().SequenceEqual(other._decrements);

    public override bool Equals(object? obj) => Equals(obj as PnCounter);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _increments)
        {
            hash.Add(v);
        }
        foreach (var v in _decrements)
        {
            hash.Add(v);
        }
        return hash.ToHashCode();
    }
}
