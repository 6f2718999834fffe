using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// What clients saw per interval, one panel per client region, as Maelstrom plots a test: the
/// ops answered in time and those that timed out per second (throughput), and the p50 and p99
/// of the latencies of the ops issued in each interval (latency quantiles over time).
/// </summary>
internal static class OutcomeCharts
{
    public static Figure Throughput(string name, RunResult result, RegionOrder regions, ChartTimeline timeline, string title)
    {
        (string Metric, string Label, bool Dashed, ScottPlot.Color Color)[] kinds =
        [
            (MetricNames.WritesOkPerSecond, "writes ok", false, Palette.At(0)),
            (MetricNames.WritesTimedOutPerSecond, "writes timed out", true, Palette.Fault),
            (MetricNames.ReadsOkPerSecond, "reads ok", false, Palette.At(2)),
            (MetricNames.ReadsTimedOutPerSecond, "reads timed out", true, Palette.At(1)),
        ];
        return PerRegion(name, title, result, regions, timeline, kinds, _ => (1, "ops/s"), "no client ops measured");
    }

    public static Figure LatencyQuantiles(string name, RunResult result, RegionOrder regions, ChartTimeline timeline, string title)
    {
        (string Metric, string Label, bool Dashed, ScottPlot.Color Color)[] kinds =
        [
            (MetricNames.WriteLatencyP50, "write p50", false, Palette.At(0)),
            (MetricNames.WriteLatencyP99, "write p99", true, Palette.At(0)),
            (MetricNames.ReadLatencyP50, "read p50", false, Palette.At(2)),
            (MetricNames.ReadLatencyP99, "read p99", true, Palette.At(2)),
        ];
        return PerRegion(name, title, result, regions, timeline, kinds, max =>
        {
            var unit = DurationUnit.For(max);
            return (unit.Milliseconds, unit.Symbol);
        }, "no acknowledged writes or successful reads");
    }

    /// <param name="unitFor">From the largest value of any panel, the divisor and unit of the y axes.</param>
    private static Figure PerRegion(string name, string title, RunResult result, RegionOrder regions, ChartTimeline timeline,
        IReadOnlyList<(string Metric, string Label, bool Dashed, ScottPlot.Color Color)> kinds, Func<double, (double Divisor, string Unit)> unitFor, string emptyNote)
    {
        var series = result.Series
            .Where(s => s.Scope != MetricNames.AllScope && s.Points.Count > 0 && kinds.Any(k => k.Metric == s.Metric))
            .ToList();
        var largest = series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(1).Max();
        var (divisor, unit) = unitFor(largest);
        var panels = series.Select(s => s.Scope).Distinct().OrderBy(regions.IndexOf)
            .Select(region => new TimeSeriesChart.PanelData(region, kinds
                .SelectMany(k => series.Where(s => s.Scope == region && s.Metric == k.Metric)
                    .Select(s => new ChartLine(k.Label, k.Color,
                        s.Points.Select(p => p.TimeSeconds).ToList(), s.Points.Select(p => p.Value / divisor).ToList(), k.Dashed)))
                .ToList(), 0, Math.Max(largest / divisor, 1e-9), unit))
            .ToList();
        return TimeSeriesChart.Build(name, title, panels, timeline, result.SimulatedSeconds, emptyNote);
    }
}
