using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>Lines taken from a run result: one per region, coloured by the region's place.</summary>
internal static class ChartData
{
    /// <summary>The metric's series of every region scope ("all" left out), values times <paramref name="scale"/>.</summary>
    public static List<ChartLine> SeriesPerRegion(RunResult result, string metric, RegionOrder regions, double scale = 1) =>
        result.Series
            .Where(s => s.Metric == metric && s.Scope != MetricNames.AllScope && s.Points.Count > 0)
            .Select(s => new ChartLine(s.Scope, Palette.At(regions.IndexOf(s.Scope)),
                s.Points.Select(p => p.TimeSeconds).ToList(), s.Points.Select(p => p.Value * scale).ToList()))
            .ToList();

    /// <summary>The metric's CDF of every region scope, labelled "region" plus <paramref name="suffix"/>.</summary>
    public static List<ChartLine> CdfPerRegion(RunResult result, string metric, RegionOrder regions, string suffix = "", bool dashed = false) =>
        result.Distributions
            .Where(d => d.Metric == metric && d.Scope != MetricNames.AllScope)
            .Select(d => Cdf(d, d.Scope + suffix, Palette.At(regions.IndexOf(d.Scope)), dashed))
            .ToList();

    public static ChartLine Cdf(Cdf cdf, string label, ScottPlot.Color color, bool dashed) =>
        new(label, color, cdf.Points.Select(p => p.Value).ToList(), cdf.Points.Select(p => p.Cumulative).ToList(), dashed);

    /// <summary>The highest value of any line, or <paramref name="floor"/> when higher (a flat zero still needs an axis).</summary>
    public static double MaxY(IEnumerable<ChartLine> lines, double floor) =>
        lines.SelectMany(l => l.Ys).Append(floor).Max();

    /// <summary>
    /// The bottom of a percent axis: at most 95, so a run at 100 % reads as a flat line at the top,
    /// and a little under the lowest value.
    /// </summary>
    public static double PercentFloor(IEnumerable<ChartLine> lines) =>
        Math.Max(0, Math.Min(95, lines.SelectMany(l => l.Ys).DefaultIfEmpty(100).Min() - 2));
}
