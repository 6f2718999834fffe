namespace GeoSim.Core.Metrics;

/// <summary>
/// Counts of something that happens (conflicts, lost updates) per region and interval. Rows are
/// written only once anything was counted, so strategies without such events add no rows.
/// </summary>
internal sealed class EventCounter(int regions, int intervals)
{
    private readonly IntervalSeries[] _perRegion = Enumerable.Range(0, regions).Select(_ => new IntervalSeries(intervals)).ToArray();
    private readonly long[] _totals = new long[regions];

    public void Add(int region, int interval)
    {
        _perRegion[region].Add(interval, 1);
        _totals[region]++;
    }

    /// <summary>The row of one region, zero or not.</summary>
    public void AddRow(RowBuilder rows, string metric, string unit, string scope, int region) =>
        rows.AddCount(metric, scope, unit, _totals[region], _perRegion[region]);

    public void AddRows(RowBuilder rows, string metric, IReadOnlyList<string> scopes) => AddRows(rows, metric, "count", scopes);

    public void AddRows(RowBuilder rows, string metric, string unit, IReadOnlyList<string> scopes)
    {
        if (_totals.All(t => t == 0))
        {
            return;
        }
        for (var r = 0; r < _totals.Length; r++)
        {
            rows.AddCount(metric, scopes[r], unit, _totals[r], _perRegion[r]);
        }
    }
}
