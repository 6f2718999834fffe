using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The charts of one strategy's run. Time charts have one panel per region on a shared scale
/// under the event strip; distributions are CDFs on a percentile axis.
/// </summary>
internal static class RunCharts
{
    /// <param name="fileSuffix">Added to every file name ("lag-SUFFIX"), to keep strategies apart when a run has several.</param>
    public static IReadOnlyList<Figure> Build(RunResult result, RegionOrder regions, string fileSuffix)
    {
        var timeline = ChartTimeline.From(result);
        var s = result.Strategy;
        return
        [
            Lag(Name("lag", fileSuffix), result, regions, timeline, s),
            LatencyCdf(Name("latency-cdf", fileSuffix), result, regions, s),
            StalenessCdf(Name("staleness-cdf", fileSuffix), result, regions, s),
            Availability(Name("availability", fileSuffix), result, regions, timeline, s),
            ConflictsChart.Build(Name("conflicts", fileSuffix), result, regions, timeline, Title("Conflicts and lost updates per interval", s)),
            CrossRegionBytesChart.Build(Name("cross-region-bytes", fileSuffix), result, regions, Title("Cross-region traffic", s)),
            OutcomeCharts.Throughput(Name("throughput", fileSuffix), result, regions, timeline, Title("Client ops per second: answered in time and timed out", s)),
            OutcomeCharts.LatencyQuantiles(Name("latency-quantiles", fileSuffix), result, regions, timeline, Title("Latency p50 and p99 of the ops issued in each interval", s)),
        ];
    }

    private static Figure Lag(string name, RunResult result, RegionOrder regions, ChartTimeline timeline, string strategy)
    {
        var lines = ChartData.SeriesPerRegion(result, MetricNames.ReplicaBehind, regions);
        var unit = DurationUnit.For(ChartData.MaxY(lines, 0));
        var high = ChartData.MaxY(lines, 1) / unit.Milliseconds;
        return TimeSeriesChart.Build(name, Title("Replica lag per region", strategy),
            lines.Select(l => new TimeSeriesChart.PanelData(l.Label, [unit.Scale(l)], 0, high, unit.Symbol)).ToList(),
            timeline, result.SimulatedSeconds, "no replica lag sampled (no region holds a replica)");
    }

    private static Figure LatencyCdf(string name, RunResult result, RegionOrder regions, string strategy) =>
        CdfChart.Build(name,
            new ChartText(Title("Client latency CDF per region", strategy), "latency (log scale)", "share of ops at or below"),
            [
                ("writes", ChartData.CdfPerRegion(result, MetricNames.WriteLatency, regions, " write")),
                ("reads", ChartData.CdfPerRegion(result, MetricNames.ReadLatency, regions, " read", dashed: true)),
            ],
            "no acknowledged writes or successful reads");

    private static Figure StalenessCdf(string name, RunResult result, RegionOrder regions, string strategy) =>
        CdfChart.Build(name,
            new ChartText(Title("Read staleness CDF (a curve starts at its share of fresh reads)", strategy),
                "staleness (log scale)", "share of reads at or below"),
            [("reads", ChartData.CdfPerRegion(result, MetricNames.ReadStaleness, regions))],
            "no stale reads: every read returned the latest committed value");

    private static Figure Availability(string name, RunResult result, RegionOrder regions, ChartTimeline timeline, string strategy)
    {
        var lines = ChartData.SeriesPerRegion(result, MetricNames.Availability, regions, scale: 100);
        var low = ChartData.PercentFloor(lines);
        return TimeSeriesChart.Build(name, Title("Availability per client region: ops answered in time", strategy),
            lines.Select(l => new TimeSeriesChart.PanelData(l.Label, [l], low, 100, "%")).ToList(),
            timeline, result.SimulatedSeconds, "no client ops measured");
    }

    private static string Name(string name, string fileSuffix) => fileSuffix.Length == 0 ? name : $"{name}-{fileSuffix}";

    private static string Title(string title, string strategy) => $"{title}: {strategy}";
}
