using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>The charts of one strategy's run: one line per region, faults shaded.</summary>
internal static class RunCharts
{
    private const string Time = "time since start (s)";

    /// <param name="fileSuffix">Added to every file name ("lag-SUFFIX"), to keep strategies apart when a run has several.</param>
    public static IReadOnlyList<NamedPlot> Build(RunResult result, RegionOrder regions, string fileSuffix)
    {
        var timeline = ChartTimeline.From(result);
        var s = result.Strategy;
        return
        [
            Named("lag", fileSuffix, Lag(result, regions, timeline, s)),
            Named("latency-cdf", fileSuffix, LatencyCdf(result, regions, s)),
            Named("staleness-cdf", fileSuffix, StalenessCdf(result, regions, s)),
            Named("availability", fileSuffix, Availability(result, regions, timeline, s)),
            Named("conflicts", fileSuffix, ConflictsChart.Build(result, regions, timeline, Title("Conflicts and lost updates", s))),
            Named("cross-region-bytes", fileSuffix, CrossRegionBytesChart.Build(result, regions, Title("Cross-region traffic", s))),
        ];
    }

    private static ScottPlot.Plot Lag(RunResult result, RegionOrder regions, ChartTimeline timeline, string strategy)
    {
        var lines = ChartData.SeriesPerRegion(result, MetricNames.ReplicaBehind, regions);
        return TimeSeriesChart.Build(
            new ChartText(Title("Replica lag per region", strategy), Time, "replica behind (ms)"),
            lines, timeline, 0, ChartData.MaxY(lines, 1), result.SimulatedSeconds,
            "no replica lag sampled (no region holds a replica)");
    }

    private static ScottPlot.Plot LatencyCdf(RunResult result, RegionOrder regions, string strategy) =>
        CdfChart.Build(
            new ChartText(Title("Client latency CDF (writes solid, reads dashed)", strategy), "latency (ms, log scale)", "share of ops at or below"),
            [
                .. ChartData.CdfPerRegion(result, MetricNames.WriteLatency, regions, " write"),
                .. ChartData.CdfPerRegion(result, MetricNames.ReadLatency, regions, " read", dashed: true),
            ],
            "no acknowledged writes or successful reads");

    private static ScottPlot.Plot StalenessCdf(RunResult result, RegionOrder regions, string strategy) =>
        CdfChart.Build(
            new ChartText(Title("Read staleness CDF (a curve starts at its share of fresh reads)", strategy),
                "staleness (ms, log scale)", "share of reads at or below"),
            ChartData.CdfPerRegion(result, MetricNames.ReadStaleness, regions),
            "no stale reads: every read returned the latest committed value");

    private static ScottPlot.Plot Availability(RunResult result, RegionOrder regions, ChartTimeline timeline, string strategy)
    {
        var lines = ChartData.SeriesPerRegion(result, MetricNames.Availability, regions, scale: 100);
        var low = ChartData.PercentFloor(lines);
        return TimeSeriesChart.Build(
            new ChartText(Title("Availability per client region", strategy), Time, "ops answered in time (%)"),
            lines, timeline, low, 100, result.SimulatedSeconds, "no client ops measured");
    }

    private static NamedPlot Named(string name, string fileSuffix, ScottPlot.Plot plot) =>
        new(fileSuffix.Length == 0 ? name : $"{name}-{fileSuffix}", plot.Axes.Title.Label.Text, plot);

    private static string Title(string title, string strategy) => $"{title}: {strategy}";
}
