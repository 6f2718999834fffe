using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The figures of <c>geosim compare</c>: one line per strategy, coloured by the strategy's place
/// in the comparison. Faults are shaded from the first strategy's events: every strategy runs the
/// same fault timeline.
/// </summary>
internal static class CompareCharts
{
    private const string Time = "time since start (s)";

    public static IReadOnlyList<NamedPlot> Build(IReadOnlyList<RunResult> results)
    {
        var timeline = ChartTimeline.From(results[0]);
        var end = results.Max(r => r.SimulatedSeconds);
        return
        [
            new("compare-lag", "Replica lag, worst region", Lag(results, timeline, end)),
            new("compare-latency-cdf", "Client latency CDF, all regions", LatencyCdf(results)),
            new("compare-availability", "Availability, all client regions", Availability(results, timeline, end)),
        ];
    }

    /// <summary>
    /// Strategies often agree (same replication, different reads): earlier strategies get wider
    /// lines, so lines that coincide show as nested stripes instead of the last one hiding the rest.
    /// </summary>
    private static float Width(int index, int count) => 2 + 2.5f * (count - 1 - index);

    private static ScottPlot.Plot Lag(IReadOnlyList<RunResult> results, ChartTimeline timeline, double end)
    {
        var lines = results.Select((r, i) => WorstRegion(r, Palette.At(i)) with { Width = Width(i, results.Count) })
            .Where(l => l.Xs.Count > 0)
            .ToList();
        return TimeSeriesChart.Build(new ChartText("Replica lag, worst region per interval", Time, "replica behind (ms)"),
            lines, timeline, 0, ChartData.MaxY(lines, 1), end, "no replica lag sampled (no region holds a replica)");
    }

    private static ScottPlot.Plot LatencyCdf(IReadOnlyList<RunResult> results)
    {
        var lines = new List<ChartLine>();
        foreach (var (metric, kind, dashed) in new[] { (MetricNames.WriteLatency, "write", false), (MetricNames.ReadLatency, "read", true) })
        {
            lines.AddRange(results.SelectMany((r, i) => r.Distributions
                .Where(d => d.Metric == metric && d.Scope == MetricNames.AllScope)
                .Select(d => ChartData.Cdf(d, $"{r.Strategy} {kind}", Palette.At(i), dashed) with { Width = Width(i, results.Count) })));
        }
        return CdfChart.Build(
            new ChartText("Client latency CDF, all regions (writes solid, reads dashed)", "latency (ms, log scale)", "share of ops at or below"),
            lines, "no acknowledged writes or successful reads");
    }

    private static ScottPlot.Plot Availability(IReadOnlyList<RunResult> results, ChartTimeline timeline, double end)
    {
        var lines = results.SelectMany((r, i) => r.Series
                .Where(s => s.Metric == MetricNames.Availability && s.Scope == MetricNames.AllScope && s.Points.Count > 0)
                .Select(s => new ChartLine(r.Strategy, Palette.At(i),
                    s.Points.Select(p => p.TimeSeconds).ToList(), s.Points.Select(p => p.Value * 100).ToList(), Width: Width(i, results.Count))))
            .ToList();
        var low = ChartData.PercentFloor(lines);
        return TimeSeriesChart.Build(new ChartText("Availability, all client regions", Time, "ops answered in time (%)"),
            lines, timeline, low, 100, end, "no client ops measured");
    }

    /// <summary>At each interval end, the largest replica_behind_ms of any region.</summary>
    private static ChartLine WorstRegion(RunResult result, ScottPlot.Color color)
    {
        var worst = new SortedDictionary<double, double>();
        foreach (var p in result.Series.Where(s => s.Metric == MetricNames.ReplicaBehind).SelectMany(s => s.Points))
        {
            worst[p.TimeSeconds] = worst.TryGetValue(p.TimeSeconds, out var v) ? Math.Max(v, p.Value) : p.Value;
        }
        return new ChartLine(result.Strategy, color, worst.Keys.ToList(), worst.Values.ToList());
    }
}
