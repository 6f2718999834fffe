using GeoSim.Reports.Charts;
using ScottPlot;
using Palette = GeoSim.Reports.Charts.Palette;

namespace GeoSim.Reports.Sweep;

/// <summary>
/// The trade-off chart of <c>geosim advise</c>: every variant as a point at its means, with the
/// 95 % confidence interval of each as error bars; the variants that meet every target in
/// colour, the others grey; the Pareto front (no variant better on both axes) joined by a line.
/// </summary>
public static class ParetoChart
{
    public const string Name = "pareto";

    /// <summary>Saves charts/pareto.png and .svg under <paramref name="outDir"/>.</summary>
    public static RenderedChart Save(string outDir, ParetoPlot chart) =>
        ChartWriter.Save(outDir, [new Figure(Name, chart.Title, Build(chart))])[0];

    private static Plot Build(ParetoPlot chart)
    {
        var plot = ChartCanvas.Create(new ChartText(chart.Title, chart.XLabel, chart.YLabel));
        var front = chart.Points.Where(p => p.OnFront).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (front.Count > 1)
        {
            var line = plot.Add.Scatter(front.Select(p => p.X).ToArray(), front.Select(p => p.Y).ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.Color = Palette.Marker;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5f;
            line.MarkerSize = 0;
            line.LegendText = "Pareto front";
        }
        AddGroup(plot, [.. chart.Points.Where(p => p.MeetsTargets)], Palette.At(0), "meets every target");
        AddGroup(plot, [.. chart.Points.Where(p => !p.MeetsTargets)], Colors.Gray, "misses a target");
        foreach (var p in chart.Points)
        {
            var label = plot.Add.Text(p.Label, p.X, p.Y);
            label.LabelFontSize = 12;
            label.LabelFontColor = p.MeetsTargets ? Palette.At(0).Darken(0.3) : Colors.DimGray;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 6;
            label.OffsetY = -4;
        }
        if (chart.Points.Count == 0)
        {
            ChartCanvas.AddNote(plot, "no variant measured both quantities");
        }
        ChartCanvas.ShowLegend(plot);
        plot.Axes.Margins(0.2, 0.15);
        plot.Axes.AutoScale();
        return plot;
    }

    private static void AddGroup(Plot plot, IReadOnlyList<ParetoPoint> points, Color color, string legend)
    {
        if (points.Count == 0)
        {
            return;
        }
        var xs = points.Select(p => p.X).ToArray();
        var ys = points.Select(p => p.Y).ToArray();
        var bars = new ScottPlot.Plottables.ErrorBar(xs, ys,
            [.. points.Select(p => (p.XHigh ?? p.X) - p.X)], [.. points.Select(p => p.X - (p.XLow ?? p.X))],
            [.. points.Select(p => (p.YHigh ?? p.Y) - p.Y)], [.. points.Select(p => p.Y - (p.YLow ?? p.Y))])
        {
            Color = color.WithAlpha(0.6),
        };
        plot.Add.Plottable(bars);
        var dots = plot.Add.ScatterPoints(xs, ys);
        dots.Color = color;
        dots.MarkerSize = 9;
        dots.LegendText = legend;
    }
}

/// <summary>What the Pareto chart shows: axis words and one point per variant.</summary>
public sealed record ParetoPlot(string Title, string XLabel, string YLabel, IReadOnlyList<ParetoPoint> Points);

/// <summary>A variant's means on both axes, their 95 % intervals (null with one seed), and how it fared.</summary>
public sealed record ParetoPoint(string Label, double X, double? XLow, double? XHigh, double Y, double? YLow, double? YHigh, bool OnFront, bool MeetsTargets);
