using System.Globalization;
using System.Text;

namespace GeoSim.Core.Clocks;

/// <summary>
/// A version vector over a fixed number of nodes: one counter per node, compared pointwise to
/// tell whether one history includes another or the two are concurrent.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Increment"/> and <see cref="Merge"/> return a new vector (or this one
/// when nothing changes), so a stored key version can share its vector without defensive
/// copies. One array of <see cref="NodeCount"/> longs per vector, nothing else. Vectors of
/// different node counts cannot be combined; doing so is a bug and throws.
/// </remarks>
public sealed class VersionVector : IEquatable<VersionVector>
{
    private readonly long[] _counters;

    /// <summary>The zero vector (empty history) over <paramref name="nodeCount"/> nodes.</summary>
    public VersionVector(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeCount);
        _counters = new long[nodeCount];
    }

    private VersionVector(long[] counters) => _counters = counters;

    /// <summary>A vector with the given counters (copied); each must be ≥ 0.</summary>
    public static VersionVector FromCounters(params ReadOnlySpan<long> counters)
    {
        if (counters.Length == 0)
        {
            throw new ArgumentException("a version vector needs at least one node", nameof(counters));
        }
        foreach (var counter in counters)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(counter, nameof(counters));
        }
        return new VersionVector(counters.ToArray());
    }

    /// <summary>Number of nodes (entries).</summary>
    public int NodeCount => _counters.Length;

    /// <summary>The counter of node <paramref name="node"/>: how many of its events this history holds.</summary>
    public long this[int node] => _counters[node];

    /// <summary>This history plus one more event at <paramref name="node"/>.</summary>
    public VersionVector Increment(int node)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, NodeCount);
        var counters = (long[])_counters.Clone();
        counters[node] = checked(counters[node] + 1);
        return new VersionVector(counters);
    }

    /// <summary>The pointwise maximum: the smallest history that includes both.</summary>
    public VersionVector Merge(VersionVector other)
    {
        // Returning an input when it already covers the other saves an allocation per merge.
        return Compare(other) switch
        {
            CausalOrder.Equal or CausalOrder.After => this,
            CausalOrder.Before => other,
            _ => PointwiseMax(other),
        };
    }

    /// <summary>How this vector relates to <paramref name="other"/> (this is the left side).</summary>
    public CausalOrder Compare(VersionVector other)
    {
        RequireSameSize(other);
        bool anyLess = false, anyGreater = false;
        for (var i = 0; i < _counters.Length; i++)
        {
            anyLess |= _counters[i] < other._counters[i];
            anyGreater |= _counters[i] > other._counters[i];
        }
        return (anyLess, anyGreater) switch
        {
            (false, false) => CausalOrder.Equal,
            (true, false) => CausalOrder.Before,
            (false, true) => CausalOrder.After,
            _ => CausalOrder.Concurrent,
        };
    }

    /// <summary>
    /// True when this history includes <paramref name="other"/>'s: pointwise ≥, so a vector
    /// dominates itself (<see cref="CausalOrder.Equal"/> or <see cref="CausalOrder.After"/>).
    /// </summary>
    public bool Dominates(VersionVector other) => Compare(other) is CausalOrder.Equal or CausalOrder.After;

    /// <summary>Same node count and same counters.</summary>
    public bool Equals(VersionVector? other) =>
        other is not null && _counters.AsSpan().SequenceEqual(other._counters);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VersionVector);

    /// <summary>FNV-1a over the counters: the same value in every process, unlike HashCode.</summary>
    public override int GetHashCode()
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var counter in _counters)
        {
            hash = (hash ^ (ulong)counter) * 0x100000001B3UL;
        }
        return (int)(hash ^ (hash >> 32));
    }

    /// <summary>The counters in node order, e.g. <c>[1,0,3]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < _counters.Length; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(_counters[i].ToString(CultureInfo.InvariantCulture));
        }
        return text.Append(']').ToString();
    }

    private VersionVector PointwiseMax(VersionVector other)
    {
        var counters = new long[_counters.Length];
        for (var i = 0; i < counters.Length; i++)
        {
            counters[i] = Math.Max(_counters[i], other._counters[i]);
        }
        return new VersionVector(counters);
    }

    private void RequireSameSize(VersionVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._counters.Length != _counters.Length)
        {
            throw new ArgumentException($"version vectors of {_counters.Length} and {other._counters.Length} nodes cannot be compared", nameof(other));
        }
    }
}
