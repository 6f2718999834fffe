using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>Values over simulated time, with fault windows shaded and events marked.</summary>
internal static class TimeSeriesChart
{
    private const int MaxLabelledWindows = 12;

    /// <summary>Share of the y axis above the data kept for labels: one row of event labels, then fault labels.</summary>
    private const double LabelBand = 0.35;
    private const int FaultLabelRows = 3;

    /// <param name="yLow">The lowest value the y axis must show.</param>
    /// <param name="yHigh">The highest; the label band is added above it when there is something to label.</param>
    /// <param name="endSeconds">The run's simulated length: the x axis ends there.</param>
    /// <param name="emptyNote">Shown when there is no line to draw.</param>
    public static Plot Build(ChartText text, IReadOnlyList<ChartLine> lines, ChartTimeline timeline,
        double yLow, double yHigh, double endSeconds, string emptyNote)
    {
        var plot = ChartCanvas.Create(text);
        var labels = timeline.Windows.Count > 0 || timeline.Markers.Count > 0;
        var top = yHigh + (yHigh - yLow) * (labels ? LabelBand : 0.05);
        double Row(int row) => top - (top - yLow) * (0.015 + 0.055 * row);
        AddWindows(plot, timeline.Windows, Row);
        AddMarkers(plot, timeline.Markers, Row(0));
        ChartCanvas.AddLines(plot, lines);
        if (lines.Count == 0)
        {
            ChartCanvas.AddNote(plot, emptyNote);
        }
        ChartCanvas.ShowLegend(plot);
        // The label band holds no data, so it gets no tick labels (no "106 %" on an availability axis).
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => v > yHigh + 1e-9 ? "" : ChartCanvas.Number(v) };
        plot.Axes.SetLimits(0, Math.Max(endSeconds, 1), yLow, top);
        return plot;
    }

    private static void AddWindows(Plot plot, IReadOnlyList<FaultWindow> windows, Func<int, double> row)
    {
        var labelled = windows.Count <= MaxLabelledWindows;
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            var span = plot.Add.HorizontalSpan(w.StartSeconds, Math.Max(w.EndSeconds, w.StartSeconds + 1e-3));
            span.FillStyle.Color = Palette.Fault.WithAlpha(0.14);
            span.LineStyle.Width = 0;
            span.LegendText = i == 0 ? "fault window" : "";
            if (labelled)
            {
                // Rows below the event labels, staggered so overlapping windows stay readable.
                AddLabel(plot, w.Label, w.StartSeconds, row(1 + i % FaultLabelRows), Palette.Fault.Darken(0.35));
            }
        }
    }

    private static void AddMarkers(Plot plot, IReadOnlyList<EventMarker> markers, double labelY)
    {
        foreach (var m in markers)
        {
            var line = plot.Add.VerticalLine(m.TimeSeconds);
            line.Color = Palette.Marker;
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dotted;
            AddLabel(plot, m.Label, m.TimeSeconds, labelY, Palette.Marker);
        }
    }

    private static void AddLabel(Plot plot, string text, double x, double y, Color color)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = 12;
        label.LabelFontColor = color;
        label.LabelAlignment = Alignment.UpperLeft;
        label.OffsetX = 3;
    }
}
