namespace GeoSim.Core.Metrics;

/// <summary>
/// The distribution of one metric and scope over the measured run, for CDF charts: points of
/// (value, share of samples at or below it), thinned to a few hundred.
/// </summary>
public sealed record Cdf(string Metric, string Scope, IReadOnlyList<CdfPoint> Points);

/// <summary>A share <paramref name="Cumulative"/> of the samples is at most <paramref name="Value"/>.</summary>
public readonly record struct CdfPoint(double Value, double Cumulative);
