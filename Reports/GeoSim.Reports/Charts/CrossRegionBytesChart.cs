using GeoSim.Core.Metrics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Total bytes per ordered region pair, one horizontal bar each (the pair's name reads level at
/// the left), coloured by the sending region, in the largest unit that keeps the bars above 1.
/// </summary>
internal static class CrossRegionBytesChart
{
    private static readonly (double Bytes, string Unit)[] Units = [(1e9, "GB"), (1e6, "MB"), (1e3, "KB"), (1, "bytes")];

    public static Figure Build(string name, RunResult result, RegionOrder regions, string title)
    {
        var rows = result.Summary.Where(r => r.Metric == MetricNames.CrossRegionBytes && r.Scope != MetricNames.AllScope).ToList();
        var largest = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var (divisor, unit) = Units.FirstOrDefault(u => largest >= u.Bytes, Units[^1]);
        var plot = ChartCanvas.Create(new ChartText(title, $"bytes sent ({unit})", ""));
        if (rows.Count == 0)
        {
            ChartCanvas.AddNote(plot, "no traffic between regions");
            plot.Axes.SetLimits(0, 1, -0.5, 0.5);
            return new Figure(name, title, plot);
        }
        // The first pair at the top, as in a table.
        var bars = rows.Select((r, i) => new Bar
        {
            Position = rows.Count - 1 - i,
            Value = r.Count / divisor,
            FillColor = Palette.At(regions.IndexOf(r.Scope.Split("->")[0])),
            Label = ChartCanvas.Number(Math.Round(r.Count / divisor, 2)) + " " + unit,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 12;
        var pairs = new NumericManual();
        for (var i = 0; i < rows.Count; i++)
        {
            pairs.AddMajor(bars[i].Position, rows[i].Scope.Replace("->", " → ", StringComparison.Ordinal));
        }
        plot.Axes.Left.TickGenerator = pairs;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.SetLimits(0, bars.Max(b => b.Value) * 1.15, -0.6, rows.Count - 0.4);
        return new Figure(name, title, plot);
    }
}
