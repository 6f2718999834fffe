using GeoSim.Core.Metrics;
using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Conflicts and lost updates per region over time. No strategy records them yet: the chart then
/// says so in words instead of drawing zeros nobody measured.
/// </summary>
internal static class ConflictsChart
{
    public static Plot Build(RunResult result, RegionOrder regions, ChartTimeline timeline, string title)
    {
        var lines = Lines(result, MetricNames.Conflicts, " conflicts", regions, dashed: false)
            .Concat(Lines(result, MetricNames.LostUpdates, " lost updates", regions, dashed: true))
            .ToList();
        return TimeSeriesChart.Build(
            new ChartText(title, "time since start (s)", "events per interval"),
            lines, timeline, 0, ChartData.MaxY(lines, 1), result.SimulatedSeconds,
            "no conflicts or lost updates recorded");
    }

    private static IEnumerable<ChartLine> Lines(RunResult result, string metric, string suffix, RegionOrder regions, bool dashed) =>
        ChartData.SeriesPerRegion(result, metric, regions).Select(l => l with { Label = l.Label + suffix, Dashed = dashed });
}
