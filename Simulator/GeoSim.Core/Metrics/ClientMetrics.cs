using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>The client-side metrics of one scope (a client region, or all of them).</summary>
internal sealed class ClientMetrics(int intervals)
{
    public DistributionMetric WriteLatency { get; } = new(intervals);
    public DistributionMetric ReadLatency { get; } = new(intervals);
    public DistributionMetric Staleness { get; } = new(intervals);
    public RatioSeries StaleReads { get; } = new(intervals);
    public KStaleness RecentVersions { get; } = new();
    public RatioSeries Availability { get; } = new(intervals);
    public RatioSeries WriteAvailability { get; } = new(intervals);
    public RatioSeries ReadAvailability { get; } = new(intervals);
    public IntervalSeries SessionViolations { get; } = new(intervals);
    public long SessionViolationCount { get; private set; }

    public void RecordSessionViolation(int interval)
    {
        SessionViolations.Add(interval, 1);
        SessionViolationCount++;
    }

    public void Record(int interval, OpKind kind, bool success, long latency, ReadOutcome read)
    {
        Availability.Add(interval, success);
        if (kind == OpKind.Write)
        {
            WriteAvailability.Add(interval, success);
            if (success)
            {
                WriteLatency.Record(interval, latency);
            }
            return;
        }
        ReadAvailability.Add(interval, success);
        if (success)
        {
            ReadLatency.Record(interval, latency);
            Staleness.Record(interval, read.StalenessNanos);
            StaleReads.Add(interval, read.Stale);
            RecentVersions.Record(read);
        }
    }
}
