using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>The client-side metrics of one scope (a client region, or all of them).</summary>
/// <param name="open">How many intervals may still receive latencies at once (see <see cref="IntervalQuantiles"/>).</param>
internal sealed class ClientMetrics(int intervals, int open)
{
    public DistributionMetric WriteLatency { get; } = new(intervals);
    public DistributionMetric ReadLatency { get; } = new(intervals);
    public IntervalQuantiles WriteQuantiles { get; } = new(intervals, open);
    public IntervalQuantiles ReadQuantiles { get; } = new(intervals, open);
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
                WriteQuantiles.Record(interval, latency);
            }
            return;
        }
        ReadAvailability.Add(interval, success);
        if (success)
        {
            ReadLatency.Record(interval, latency);
            ReadQuantiles.Record(interval, latency);
            Staleness.Record(interval, read.StalenessNanos);
            StaleReads.Add(interval, read.Stale);
            RecentVersions.Record(read);
        }
    }
}
