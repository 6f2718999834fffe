using System.Numerics;

namespace GeoSim.Core.Metrics;

/// <summary>
/// A streaming histogram of non-negative integers (nanoseconds, bytes) with log-linear buckets:
/// exact below 2048, then 1024 buckets per power of two (relative width under 0.1 %). Each bucket
/// also keeps the sum of its values, and a percentile reports the mean of its bucket, so a
/// distribution of identical values reports that value exactly. Memory grows with the range of
/// values seen (16 KB per power of two touched), never with the number recorded.
/// </summary>
internal sealed class LogHistogram
{
    private const int MantissaBits = 11;
    private const int HalfRange = 1 << (MantissaBits - 1);
    private const int ChunkSize = 1024;

    private readonly List<Chunk?> _chunks = [];

    public long Count { get; private set; }
    public double Sum { get; private set; }
    public long Max { get; private set; }

    /// <summary>The smallest value recorded (0 when none).</summary>
    public long Min => Count == 0 ? 0 : _min;

    private long _min = long.MaxValue;
    public double Mean => Count == 0 ? 0 : Sum / Count;

    public void Record(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "histogram values must be >= 0");
        }
        var index = BucketOf(value);
        var chunkIndex = index / ChunkSize;
        while (_chunks.Count <= chunkIndex)
        {
            _chunks.Add(null);
        }
        var chunk = _chunks[chunkIndex] ??= new Chunk();
        chunk.Counts[index % ChunkSize]++;
        chunk.Sums[index % ChunkSize] += value;
        Count++;
        Sum += value;
        Max = Math.Max(Max, value);
        _min = Math.Min(_min, value);
    }

    /// <summary>The nearest-rank percentile (<paramref name="q"/> in (0, 1]): the mean of the bucket holding rank ⌈q·count⌉.</summary>
    public double Percentile(double q)
    {
        if (Count == 0)
        {
            return 0;
        }
        var rank = Math.Max(1, (long)Math.Ceiling(q * Count));
        var seen = 0L;
        foreach (var chunk in _chunks)
        {
            if (chunk is null)
            {
                continue;
            }
            for (var i = 0; i < ChunkSize; i++)
            {
                seen += chunk.Counts[i];
                if (seen >= rank && chunk.Counts[i] > 0)
                {
                    return chunk.Sums[i] / chunk.Counts[i];
                }
            }
        }
        return Max;
    }

    /// <summary>The cumulative distribution: for each non-empty bucket, its mean value and the share of values up to it.</summary>
    public IEnumerable<(double Value, double Cumulative)> Cdf()
    {
        var seen = 0L;
        foreach (var chunk in _chunks)
        {
            if (chunk is null)
            {
                continue;
            }
            for (var i = 0; i < ChunkSize; i++)
            {
                if (chunk.Counts[i] > 0)
                {
                    seen += chunk.Counts[i];
                    yield return (chunk.Sums[i] / chunk.Counts[i], seen / (double)Count);
                }
            }
        }
    }

    /// <summary>
    /// Every non-empty bucket in increasing order: the largest value it can hold (inclusive) and
    /// how many values it holds. The buckets tile the integers, so a bucket holds the values above
    /// the previous bucket's bound up to its own.
    /// </summary>
    public IEnumerable<(long UpperBound, long Count)> Buckets()
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            if (_chunks[c] is not { } chunk)
            {
                continue;
            }
            for (var i = 0; i < ChunkSize; i++)
            {
                if (chunk.Counts[i] > 0)
                {
                    yield return (UpperBoundOf(c * ChunkSize + i), chunk.Counts[i]);
                }
            }
        }
    }

    // The inverse of BucketOf: bucket shift * HalfRange + m (m below 2 * HalfRange) holds [m << shift, ((m + 1) << shift) - 1].
    private static long UpperBoundOf(int index)
    {
        var shift = Math.Max(0, index / HalfRange - 1);
        var mantissa = (long)index - shift * HalfRange;
        return ((mantissa + 1) << shift) - 1;
    }

    private static int BucketOf(long value)
    {
        if (value < 2 * HalfRange)
        {
            return (int)value;
        }
        var shift = 64 - BitOperations.LeadingZeroCount((ulong)value) - MantissaBits;
        return shift * HalfRange + (int)(value >> shift);
    }

    private sealed class Chunk
    {
        public readonly long[] Counts = new long[ChunkSize];
        public readonly double[] Sums = new double[ChunkSize];
    }
}
