using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>Values over simulated time, with fault windows shaded and events marked.</summary>
internal static class TimeSeriesChart
{
    private const int MaxLabelledWindows = 12;

    private const int FaultLabelRows = 3;
    private const int MarkerLabelRows = 3;

    /// <summary>Height of one label row, and the margin above and below the rows, as shares of the y axis.</summary>
    private const double RowHeight = 0.055;
    private const double BandMargin = 0.03;

    /// <summary>About how wide a 12 px label character is, as a share of the plot's data width.</summary>
    private const double CharWidth = 7.2 / 950;

    /// <param name="yLow">The lowest value the y axis must show.</param>
    /// <param name="yHigh">The highest; the label band is added above it when there is something to label.</param>
    /// <param name="endSeconds">The run's simulated length: the x axis ends there.</param>
    /// <param name="emptyNote">Shown when there is no line to draw.</param>
    public static Plot Build(ChartText text, IReadOnlyList<ChartLine> lines, ChartTimeline timeline,
        double yLow, double yHigh, double endSeconds, string emptyNote)
    {
        var plot = ChartCanvas.Create(text);
        var end = Math.Max(endSeconds, 1);
        var markerRows = LabelRows(timeline.Markers, end);
        var markerRowCount = markerRows.Length == 0 ? 0 : markerRows.Max() + 1;
        var windowRowCount = timeline.Windows.Count <= MaxLabelledWindows ? Math.Min(timeline.Windows.Count, FaultLabelRows) : 0;
        // The band above the data holds every label row: b / (1 + b) of the axis is the band.
        var bandShare = BandMargin + RowHeight * (markerRowCount + windowRowCount);
        var top = yHigh + (yHigh - yLow) * (markerRowCount + windowRowCount > 0 ? bandShare / (1 - bandShare) : 0.05);
        double Row(int row) => top - (top - yLow) * (0.015 + RowHeight * row);
        AddWindows(plot, timeline.Windows, i => Row(markerRowCount + i));
        AddMarkers(plot, timeline.Markers, markerRows, Row);
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
                AddLabel(plot, w.Label, w.StartSeconds, row(i % FaultLabelRows), Palette.Fault.Darken(0.35));
            }
        }
    }

    private static void AddMarkers(Plot plot, IReadOnlyList<EventMarker> markers, int[] rows, Func<int, double> row)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            var line = plot.Add.VerticalLine(m.TimeSeconds);
            line.Color = Palette.Marker;
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dotted;
            AddLabel(plot, m.Label, m.TimeSeconds, row(rows[i]), Palette.Marker);
        }
    }

    /// <summary>
    /// Puts each label in the first row where it does not run into the previous label of that row
    /// (labels close in time would print over each other); past the last row, it shares the row
    /// that frees up first.
    /// </summary>
    internal static int[] LabelRows(IReadOnlyList<EventMarker> markers, double endSeconds)
    {
        var rowEnds = new double[MarkerLabelRows];
        Array.Fill(rowEnds, double.NegativeInfinity);
        var rows = new int[markers.Count];
        foreach (var i in Enumerable.Range(0, markers.Count).OrderBy(i => markers[i].TimeSeconds))
        {
            var start = markers[i].TimeSeconds;
            var row = Array.FindIndex(rowEnds, e => e <= start);
            rows[i] = row >= 0 ? row : Array.IndexOf(rowEnds, rowEnds.Min());
            rowEnds[rows[i]] = start + (markers[i].Label.Length + 1) * CharWidth * endSeconds;
        }
        return rows;
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
