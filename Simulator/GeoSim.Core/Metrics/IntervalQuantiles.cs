using System.Numerics;

namespace GeoSim.Core.Metrics;

/// <summary>
/// The p50 and p99 of each interval's samples (latencies of ops, by the interval they were issued
/// in), for charts of quantiles over time. Each open interval keeps a coarse histogram of 8
/// buckets per power of two (under 12.5 % wide) with the sum of each bucket, so a quantile is
/// its bucket's mean: exact when the bucket's samples are equal, within the bucket otherwise.
/// Only the last <c>open</c> intervals are kept: an op's latency is known at most its timeout
/// after it was issued, so an interval further back is complete and is reduced to its two numbers.
/// </summary>
internal sealed class IntervalQuantiles
{
    private const int SubBits = 3;
    private const int Buckets = 64 << SubBits;

    private readonly double[] _p50;
    private readonly double[] _p99;
    private readonly bool[] _has;
    private readonly int[] _slotInterval;
    private readonly long[][] _counts;
    private readonly double[][] _sums;

    /// <param name="open">How many intervals may still receive samples at once.</param>
    public IntervalQuantiles(int intervals, int open)
    {
        _p50 = new double[intervals];
        _p99 = new double[intervals];
        _has = new bool[intervals];
        var slots = Math.Clamp(open, 1, Math.Max(intervals, 1));
        _slotInterval = Enumerable.Repeat(-1, slots).ToArray();
        _counts = new long[slots][];
        _sums = new double[slots][];
    }

    public void Record(int interval, long value)
    {
        var slot = interval % _slotInterval.Length;
        if (_slotInterval[slot] != interval)
        {
            if (_slotInterval[slot] > interval)
            {
                throw new InvalidOperationException($"a sample of interval {interval} came after interval {_slotInterval[slot]} took its place: the open window is too short");
            }
            Close(slot);
            _slotInterval[slot] = interval;
        }
        var bucket = BucketOf(value);
        (_counts[slot] ??= new long[Buckets])[bucket]++;
        (_sums[slot] ??= new double[Buckets])[bucket] += value;
    }

    /// <summary>Has the quantiles of <paramref name="interval"/>; only after <see cref="CloseAll"/> for the intervals still open.</summary>
    public bool HasSamples(int interval) => _has[interval];

    public double P50(int interval) => _p50[interval];

    public double P99(int interval) => _p99[interval];

    /// <summary>Reduces the intervals still open to their quantiles: call once the run has ended.</summary>
    public void CloseAll()
    {
        for (var slot = 0; slot < _slotInterval.Length; slot++)
        {
            Close(slot);
        }
    }

    private void Close(int slot)
    {
        var interval = _slotInterval[slot];
        if (interval < 0)
        {
            return;
        }
        var counts = _counts[slot]!;
        var sums = _sums[slot]!;
        var total = counts.Sum();
        _p50[interval] = Quantile(counts, sums, total, 0.5);
        _p99[interval] = Quantile(counts, sums, total, 0.99);
        _has[interval] = true;
        Array.Clear(counts);
        Array.Clear(sums);
        _slotInterval[slot] = -1;
    }

    /// <summary>The mean of the bucket holding the nearest-rank sample.</summary>
    private static double Quantile(long[] counts, double[] sums, long total, double q)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(q * total));
        long seen = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            seen += counts[b];
            if (seen >= rank)
            {
                return sums[b] / counts[b];
            }
        }
        return 0;
    }

    /// <summary>Values below 8 have a bucket each; above, 8 buckets per power of two.</summary>
    internal static int BucketOf(long value)
    {
        if (value < 1 << SubBits)
        {
            return (int)Math.Max(value, 0);
        }
        var exponent = BitOperations.Log2((ulong)value);
        var sub = (int)((value >> (exponent - SubBits)) & ((1 << SubBits) - 1));
        return ((exponent - SubBits + 1) << SubBits) + sub;
    }
}
