namespace GeoSim.Core.Metrics;

/// <summary>
/// Durations a strategy measures of its own work (elections, leaseless spans, the age of what a
/// follower read served), per region, under metric names of <see cref="MetricNames"/>. A name
/// gets rows only once something was recorded under it, in the order names were first recorded.
/// </summary>
public sealed class StrategyDurations
{
    private readonly IntervalClock _clock;
    private readonly int _regions;
    private readonly List<(string Metric, bool Seconds, DistributionMetric[] PerRegion)> _metrics = [];

    internal StrategyDurations(IntervalClock clock, int regions) => (_clock, _regions) = (clock, regions);

    /// <summary>One duration of <paramref name="metric"/> at region <paramref name="region"/>, reported in seconds or else milliseconds.</summary>
    public void Add(string metric, bool seconds, int region, long nanos, long now)
    {
        if (!_clock.Measured(now))
        {
            return;
        }
        var index = _metrics.FindIndex(m => m.Metric == metric);
        if (index < 0)
        {
            _metrics.Add((metric, seconds, Enumerable.Range(0, _regions).Select(_ => new DistributionMetric(_clock.Count)).ToArray()));
            index = _metrics.Count - 1;
        }
        _metrics[index].PerRegion[region].Record(_clock.IndexOf(now), nanos);
    }

    internal void AddRows(RowBuilder rows, IReadOnlyList<string> scopes)
    {
        foreach (var (metric, seconds, perRegion) in _metrics)
        {
            for (var r = 0; r < perRegion.Length; r++)
            {
                if (seconds)
                {
                    rows.AddSeconds(metric, scopes[r], perRegion[r]);
                }
                else
                {
                    rows.AddMilliseconds(metric, scopes[r], perRegion[r]);
                }
            }
        }
    }
}
