using GeoSim.Reports.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;
using Palette = GeoSim.Reports.Charts.Palette;

namespace GeoSim.Reports.Sweep;

/// <summary>
/// Draws sweep charts with the run charts' font, palette and size (<see cref="ChartCanvas"/>,
/// <see cref="ChartWriter"/>): the parameter's values as evenly spaced positions, each line the
/// mean, its 95 % confidence interval a translucent band of the same colour.
/// </summary>
public static class SweepCharts
{
    /// <summary>Saves every chart as charts/NAME.png and .svg under <paramref name="outDir"/>.</summary>
    public static IReadOnlyList<RenderedChart> Save(string outDir, IReadOnlyList<SweepChart> charts) =>
        ChartWriter.Save(outDir, charts.Select(c => new Figure(c.Name, c.Title, Build(c))));

    private static Plot Build(SweepChart chart)
    {
        var plot = ChartCanvas.Create(new ChartText(chart.Title, chart.XLabel, chart.YLabel));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            AddSeries(plot, chart.Series[s], Palette.At(s));
        }
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, chart.XValues.Count).Select(i => (double)i).ToArray(), chart.XValues.ToArray());
        if (!chart.Series.SelectMany(s => s.Points).Any(p => p is not null))
        {
            ChartCanvas.AddNote(plot, "no values: the metric was not measured in these runs");
        }
        ChartCanvas.ShowLegend(plot);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(-0.3, chart.XValues.Count - 0.7);
        return plot;
    }

    private static void AddSeries(Plot plot, SweepChartSeries series, Color color)
    {
        var present = series.Points.Select((p, i) => (Point: p, X: (double)i)).Where(p => p.Point is not null).ToList();
        if (present.Count == 0)
        {
            return;
        }
        var banded = present.Where(p => p.Point!.Low is not null && p.Point.High is not null).ToList();
        if (banded.Count > 0)
        {
            var band = plot.Add.FillY(banded.Select(p => p.X).ToArray(), banded.Select(p => p.Point!.Low!.Value).ToArray(),
                banded.Select(p => p.Point!.High!.Value).ToArray());
            band.FillColor = color.WithAlpha(0.18);
            band.LineColor = Colors.Transparent;
        }
        var line = plot.Add.Scatter(present.Select(p => p.X).ToArray(), present.Select(p => p.Point!.Mean).ToArray());
        line.LegendText = series.Label;
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = 7;
    }
}
