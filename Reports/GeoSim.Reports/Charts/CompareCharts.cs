using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The figures of <c>geosim compare</c>: one panel per strategy, coloured by the strategy's place
/// in the comparison, so strategies that agree cannot hide each other. Lag panels share a unit
/// but each gets its own range (a 182 ms lag is not flattened by another strategy's 20 s);
/// availability panels share one scale. Faults are marked from the first strategy's events: every strategy runs the same
/// fault timeline.
/// </summary>
internal static class CompareCharts
{
    public static IReadOnlyList<Figure> Build(IReadOnlyList<RunResult> results)
    {
        var timeline = ChartTimeline.From(results[0]);
        var end = results.Max(r => r.SimulatedSeconds);
        return
        [
            Lag(results, timeline, end),
            LatencyCdf(results),
            Availability(results, timeline, end),
        ];
    }

    private static Figure Lag(IReadOnlyList<RunResult> results, ChartTimeline timeline, double end)
    {
        var lines = results.Select((r, i) => WorstRegion(r, Palette.At(i))).Where(l => l.Xs.Count > 0).ToList();
        // One unit for all panels, so they read alike; each panel its own range.
        var unit = DurationUnit.For(ChartData.MaxY(lines, 0));
        var panels = lines
            .Select(l => new TimeSeriesChart.PanelData(l.Label, [unit.Scale(l)], 0, ChartData.MaxY([l], 1) / unit.Milliseconds, unit.Symbol))
            .ToList();
        return TimeSeriesChart.Build("compare-lag", "Replica lag, worst region per interval (each panel its own scale)",
            panels, timeline, end, "no replica lag sampled (no region holds a replica)");
    }

    private static Figure LatencyCdf(IReadOnlyList<RunResult> results)
    {
        var panels = results.Select((r, i) => (r.Strategy, (IReadOnlyList<ChartLine>)
        [
            .. All(r, MetricNames.WriteLatency).Select(d => ChartData.Cdf(d, "writes", Palette.At(i), dashed: false)),
            .. All(r, MetricNames.ReadLatency).Select(d => ChartData.Cdf(d, "reads", Palette.At(i).Darken(0.35), dashed: true)),
        ])).ToList();
        return CdfChart.Build("compare-latency-cdf",
            new ChartText("Client latency CDF, all regions (writes solid, reads dashed)", "latency (log scale)", "share at or below"),
            panels, "no acknowledged writes or successful reads");
    }

    private static IEnumerable<Cdf> All(RunResult result, string metric) =>
        result.Distributions.Where(d => d.Metric == metric && d.Scope == MetricNames.AllScope);

    private static Figure Availability(IReadOnlyList<RunResult> results, ChartTimeline timeline, double end)
    {
        var lines = results.SelectMany((r, i) => r.Series
                .Where(s => s.Metric == MetricNames.Availability && s.Scope == MetricNames.AllScope && s.Points.Count > 0)
                .Select(s => new ChartLine(r.Strategy, Palette.At(i),
                    s.Points.Select(p => p.TimeSeconds).ToList(), s.Points.Select(p => p.Value * 100).ToList())))
            .ToList();
        var low = ChartData.PercentFloor(lines);
        return TimeSeriesChart.Build("compare-availability", "Availability, all client regions: ops answered in time",
            lines.Select(l => new TimeSeriesChart.PanelData(l.Label, [l], low, 100, "%")).ToList(),
            timeline, end, "no client ops measured");
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
