using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>The parts every chart shares: font, title, axis labels, lines, legend, notes.</summary>
internal static class ChartCanvas
{
    public static Plot Create(ChartText text)
    {
        ChartFont.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        plot.Title(text.Title, size: 20);
        plot.XLabel(text.XLabel, size: 15);
        plot.YLabel(text.YLabel, size: 15);
        // Tick labels in the invariant culture, like every number GeoSim writes.
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = Number };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Number };
        return plot;
    }

    public static void AddLines(Plot plot, IEnumerable<ChartLine> lines, ConnectStyle connect = ConnectStyle.Straight)
    {
        foreach (var line in lines.Select(l => LineDecimation.Thin(l, ChartWriter.Width)))
        {
            var scatter = plot.Add.Scatter(line.Xs.ToArray(), line.Ys.ToArray());
            scatter.LegendText = line.Label;
            scatter.Color = line.Color;
            scatter.LineWidth = line.Width;
            scatter.LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            scatter.ConnectStyle = connect;
            // A lone point has no line to show: draw it as a dot.
            scatter.MarkerSize = line.Xs.Count == 1 || line.Markers ? 6 : 0;
        }
    }

    /// <summary>The legend beside the data area, where it cannot hide lines or fault labels.</summary>
    public static void ShowLegend(Plot plot)
    {
        // An empty legend on an edge makes ScottPlot draw nothing at all, without an error.
        if (!plot.GetPlottables().SelectMany(p => p.LegendItems).Concat(plot.Legend.ManualItems).Any(i => !string.IsNullOrEmpty(i.LabelText)))
        {
            return;
        }
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 12;
    }

    /// <summary>A sentence in the middle of the data area, for what is absent (never invented data).</summary>
    public static void AddNote(Plot plot, string text)
    {
        var note = plot.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontSize = 16;
        note.LabelBackgroundColor = Colors.White;
        note.LabelBorderColor = Colors.Gray;
        note.LabelFontColor = Colors.Black;
        note.LabelShadowColor = Colors.Transparent;
    }

    public static string Number(double value) =>
        Math.Abs(value) < 1e-9 ? "0" : value.ToString("0.######", CultureInfo.InvariantCulture);
}
