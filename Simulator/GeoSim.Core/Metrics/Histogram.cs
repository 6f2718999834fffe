namespace GeoSim.Core.Metrics;

/// <summary>
/// The whole-run histogram behind a <see cref="Cdf"/>, bucket by bucket, so the distribution can
/// be redrawn or re-summarised elsewhere. Only non-empty buckets, in increasing order.
/// </summary>
public sealed record Histogram(string Metric, string Scope, string Unit, IReadOnlyList<HistogramBucket> Buckets);

/// <summary><paramref name="Count"/> values at most <paramref name="UpperBound"/> (inclusive) and above the previous bucket's bound.</summary>
public readonly record struct HistogramBucket(double UpperBound, long Count);
