namespace GeoSim.Core.Metrics;

/// <summary>
/// Counts a strategy reports of its own work (read repairs, replayed hints, anti-entropy repairs),
/// per region and interval, under metric names of <see cref="MetricNames"/>. A name gets rows only
/// once something was counted under it; rows come in the order the names were first counted.
/// </summary>
public sealed class StrategyCounters
{
    private readonly IntervalClock _clock;
    private readonly int _regions;
    private readonly List<(string Metric, string Unit, EventCounter Counter)> _counters = [];

    internal StrategyCounters(IntervalClock clock, int regions) => (_clock, _regions) = (clock, regions);

    /// <summary>One more <paramref name="metric"/> (counted in <paramref name="unit"/>) at a node of region <paramref name="region"/>.</summary>
    public void Add(string metric, string unit, int region, long now)
    {
        if (!_clock.Measured(now))
        {
            return;
        }
        var index = _counters.FindIndex(c => c.Metric == metric);
        if (index < 0)
        {
            _counters.Add((metric, unit, new EventCounter(_regions, _clock.Count)));
            index = _counters.Count - 1;
        }
        _counters[index].Counter.Add(region, _clock.IndexOf(now));
    }

    internal void AddRows(RowBuilder rows, IReadOnlyList<string> scopes)
    {
        foreach (var (metric, unit, counter) in _counters)
        {
            counter.AddRows(rows, metric, unit, scopes);
        }
    }
}
