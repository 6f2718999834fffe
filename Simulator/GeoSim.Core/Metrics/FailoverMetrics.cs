namespace GeoSim.Core.Metrics;

/// <summary>The failover metrics of one region.</summary>
internal sealed class FailoverMetrics(int intervals)
{
    public long LostUpdates { get; private set; }
    public IntervalSeries LostPerInterval { get; } = new(intervals);
    public long Failovers { get; private set; }
    public IntervalSeries FailoversPerInterval { get; } = new(intervals);
    public DistributionMetric Rto { get; } = new(intervals);

    /// <summary>Recoveries still awaited when the run ended (their RTO, in <see cref="Rto"/>, runs to the end).</summary>
    public long RtoCensored { get; set; }
    public IntervalSeries RtoCensoredPerInterval { get; } = new(intervals);
    public DistributionMetric Rpo { get; } = new(intervals);
    public DistributionMetric SplitBrain { get; } = new(intervals);

    public void AddLost(int interval, long count)
    {
        LostUpdates += count;
        LostPerInterval.Add(interval, count);
    }

    public void AddFailover(int interval)
    {
        Failovers++;
        FailoversPerInterval.Add(interval, 1);
    }
}
