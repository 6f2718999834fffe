namespace GeoSim.Core.Metrics;

/// <summary>One series of timeseries.csv: a value per interval, at the interval's end time.</summary>
public sealed record TimeSeries(string Metric, string Scope, IReadOnlyList<SeriesPoint> Points);

/// <summary>A value at <paramref name="TimeSeconds"/> from the run start.</summary>
public readonly record struct SeriesPoint(double TimeSeconds, double Value);
