using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Conflicts and lost updates per interval, one panel per region with both lines. A strategy
/// that records neither gets a sentence saying so instead of zeros nobody measured.
/// </summary>
internal static class ConflictsChart
{
    public static Figure Build(string name, RunResult result, RegionOrder regions, ChartTimeline timeline, string title)
    {
        var conflicts = ChartData.SeriesPerRegion(result, MetricNames.Conflicts, regions);
        var lost = ChartData.SeriesPerRegion(result, MetricNames.LostUpdates, regions);
        var high = ChartData.MaxY([.. conflicts, .. lost], 1);
        var panels = conflicts.Select(l => l.Label).Concat(lost.Select(l => l.Label)).Distinct()
            .OrderBy(regions.IndexOf)
            .Select(region => new TimeSeriesChart.PanelData(region,
            [
                .. conflicts.Where(l => l.Label == region).Select(l => l with { Label = "conflicts" }),
                .. lost.Where(l => l.Label == region).Select(l => l with { Label = "lost updates", Dashed = true, Color = Palette.Fault }),
            ], 0, high, "per interval", Counts: true))
            .ToList();
        return TimeSeriesChart.Build(name, title, panels, timeline, result.SimulatedSeconds, "no conflicts or lost updates recorded");
    }
}
