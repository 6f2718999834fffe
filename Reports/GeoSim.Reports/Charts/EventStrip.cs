using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The band above a time chart's data that says what happened: one lane per fault target with its
/// windows coloured by kind (the lane named at the left), and above the lanes the instant events,
/// each a marker line with a label that overlaps no other. The same windows and marker lines
/// are drawn, unlabelled, across every data panel below it.
/// </summary>
internal static class EventStrip
{
    public const int MaxLabelRows = 5;

    private const int LanePixels = 22;
    private const int RowPixels = 21;
    private const int LegendRowPixels = 20;

    public static Panel Build(ChartTimeline timeline, double endSeconds)
    {
        var plot = ChartCanvas.Create(new ChartText("", "", ""));
        var lanes = timeline.Windows.Select(w => w.Target).Distinct().ToList();
        foreach (var w in timeline.Windows)
        {
            var lane = lanes.IndexOf(w.Target);
            var box = plot.Add.Rectangle(w.StartSeconds, Math.Max(w.EndSeconds, w.StartSeconds + endSeconds / 1000), lane + 0.15, lane + 0.85);
            box.FillStyle.Color = FaultKinds.ColorOf(w.Kind).WithAlpha(0.75);
            box.LineStyle.Width = 0;
        }
        var placements = LabelPacker.Place(timeline.Markers.Select(m => (m.TimeSeconds, m.Label)).ToList(),
            endSeconds, ChartWriter.Width - PanelStack.Left - PanelStack.Right, MaxLabelRows);
        var rowsUsed = placements.Select(p => p.Row + 1).DefaultIfEmpty(0).Max();
        var top = lanes.Count + rowsUsed + (lanes.Count + rowsUsed == 0 ? 1 : 0);
        // Every line first, then the labels over them: no marker line crosses another's label.
        foreach (var m in timeline.Markers)
        {
            AddMarkerLine(plot, m);
        }
        for (var i = 0; i < timeline.Markers.Count; i++)
        {
            if (placements[i].Row >= 0)
            {
                AddLabel(plot, timeline.Markers[i], lanes.Count + placements[i].Row + 0.5, placements[i].LeftOfEvent);
            }
        }
        AddLegend(plot, timeline, placements.Count(p => p.Row < 0));
        var laneNames = new NumericManual();
        for (var i = 0; i < lanes.Count; i++)
        {
            laneNames.AddMajor(i + 0.5, lanes[i]);
        }
        plot.Axes.Left.TickGenerator = laneNames;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(0, Math.Max(endSeconds, 1), 0, top);
        // Tall enough for its lanes and rows, and for its legend beside them.
        var legend = plot.Legend.ManualItems.Count * LegendRowPixels + 12;
        return new Panel(plot, Math.Max(Math.Max(24, legend), lanes.Count * LanePixels + rowsUsed * RowPixels + 6));
    }

    /// <summary>The windows, lightly shaded, and the marker lines of the strip, across a data panel.</summary>
    public static void Underlay(Plot plot, ChartTimeline timeline)
    {
        foreach (var w in timeline.Windows)
        {
            var span = plot.Add.HorizontalSpan(w.StartSeconds, Math.Max(w.EndSeconds, w.StartSeconds + 1e-3));
            span.FillStyle.Color = FaultKinds.ColorOf(w.Kind).WithAlpha(0.12);
            span.LineStyle.Width = 0;
        }
        foreach (var m in timeline.Markers)
        {
            AddMarkerLine(plot, m);
        }
    }

    private static void AddMarkerLine(Plot plot, EventMarker m)
    {
        var line = plot.Add.VerticalLine(m.TimeSeconds);
        line.Color = MarkerKinds.ColorOf(m.Kind).WithAlpha(0.8);
        line.LineWidth = 1.5f;
        line.LinePattern = LinePattern.Dotted;
    }

    private static void AddLabel(Plot plot, EventMarker m, double y, bool leftOfEvent)
    {
        var label = plot.Add.Text(m.Label, m.TimeSeconds, y);
        label.LabelFontSize = 12;
        label.LabelFontColor = MarkerKinds.ColorOf(m.Kind).Darken(0.2);
        label.LabelBackgroundColor = Colors.White;
        label.LabelBorderColor = Colors.Transparent;
        label.LabelPadding = 2;
        label.LabelAlignment = leftOfEvent ? Alignment.MiddleRight : Alignment.MiddleLeft;
        label.OffsetX = leftOfEvent ? -3 : 3;
    }

    /// <summary>One entry per fault kind and per marker kind present, and how many labels had no room.</summary>
    private static void AddLegend(Plot plot, ChartTimeline timeline, int omitted)
    {
        foreach (var kind in FaultKinds.InOrder(timeline.Windows.Select(w => w.Kind)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = kind, FillColor = FaultKinds.ColorOf(kind).WithAlpha(0.75) });
        }
        foreach (var kind in MarkerKinds.InOrder(timeline.Markers.Select(m => m.Kind)))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = MarkerKinds.LegendName(kind),
                LineColor = MarkerKinds.ColorOf(kind),
                LineWidth = 2,
                LinePattern = LinePattern.Dotted,
            });
        }
        if (omitted > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"+{omitted} in events.csv" });
        }
        if (plot.Legend.ManualItems.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
            plot.Legend.FontSize = 12;
        }
    }
}
