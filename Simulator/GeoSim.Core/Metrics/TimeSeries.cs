namespace GeoSim.Core.Metrics;

/// <summary>One series of timeseries.csv: a value per interval, at the interval's end time.</summary>
public sealed record TimeSeries(string Metric, string Scope, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>The unit of the values, the same as the metric's summary row.</summary>
    public string Unit { get; init; } = "";

    /// <summary>What each value stands for over its interval.</summary>
    public SeriesValue Value { get; init; } = SeriesValue.Mean;
}

/// <summary>A value at <paramref name="TimeSeconds"/> from the run start.</summary>
public readonly record struct SeriesPoint(double TimeSeconds, double Value);
