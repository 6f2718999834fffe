using GeoSim.Core.Metrics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>Total bytes per ordered region pair, one bar each, coloured by the sending region.</summary>
internal static class CrossRegionBytesChart
{
    private static readonly (double Bytes, string Unit)[] Units = [(1e9, "GB"), (1e6, "MB"), (1e3, "KB"), (1, "bytes")];

    public static Plot Build(RunResult result, RegionOrder regions, string title)
    {
        var rows = result.Summary.Where(r => r.Metric == MetricNames.CrossRegionBytes).ToList();
        var largest = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var (divisor, unit) = Units.FirstOrDefault(u => largest >= u.Bytes, Units[^1]);
        var plot = ChartCanvas.Create(new ChartText(title, "sender -> receiver", $"bytes sent ({unit})"));
        if (rows.Count == 0)
        {
            ChartCanvas.AddNote(plot, "no traffic between regions");
            plot.Axes.SetLimits(-0.5, 0.5, 0, 1);
            return plot;
        }
        var bars = rows.Select((r, i) => new Bar
        {
            Position = i,
            Value = r.Count / divisor,
            FillColor = Palette.At(regions.IndexOf(r.Scope.Split("->")[0])),
            Label = ChartCanvas.Number(Math.Round(r.Count / divisor, 2)),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(),
            rows.Select(r => r.Scope).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 130;
        plot.Axes.SetLimits(-0.6, rows.Count - 0.4, 0, bars.Max(b => b.Value) * 1.12);
        return plot;
    }
}
