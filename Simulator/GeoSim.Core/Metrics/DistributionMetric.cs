namespace GeoSim.Core.Metrics;

/// <summary>A distribution metric of one scope: the whole-run histogram and the mean per interval.</summary>
internal sealed class DistributionMetric(int intervals)
{
    public LogHistogram Histogram { get; } = new();
    public IntervalSeries PerInterval { get; } = new(intervals);

    public void Record(int interval, long value)
    {
        Histogram.Record(value);
        PerInterval.Add(interval, value);
    }
}
