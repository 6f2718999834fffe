using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Values over simulated time as small multiples: one panel per region (or strategy) so lines
/// never hide each other, under an <see cref="EventStrip"/> that says what happened when. The
/// windows and marker lines run down every panel; the x axis is the same in all of them.
/// </summary>
internal static class TimeSeriesChart
{
    public const string Time = "time since start (s)";

    /// <summary>A panel's lines and its y axis.</summary>
    /// <param name="Name">What the panel is of (a region, a strategy); its lines' legend names it.</param>
    /// <param name="Unit">The y axis label: the unit of the values.</param>
    /// <param name="Counts">The values are counts: whole-number ticks only.</param>
    public sealed record PanelData(string Name, IReadOnlyList<ChartLine> Lines, double Low, double High, string Unit, bool Counts = false);

    public static Figure Build(string name, string title, IReadOnlyList<PanelData> panels, ChartTimeline timeline, double endSeconds, string emptyNote)
    {
        var end = Math.Max(endSeconds, 1);
        var result = new List<Panel>();
        if (!timeline.IsEmpty)
        {
            result.Add(EventStrip.Build(timeline, end));
        }
        var drawn = panels.Where(p => p.Lines.Count > 0).ToList();
        if (drawn.Count == 0)
        {
            var empty = Data(new PanelData("", [], 0, 1, "", Counts: true), timeline, end);
            ChartCanvas.AddNote(empty, emptyNote);
            result.Add(new Panel(empty));
        }
        result.AddRange(drawn.Select(p => new Panel(Data(p, timeline, end))));
        var first = result[0].Plot;
        first.Title(title, size: 20);
        result[^1].Plot.XLabel(Time, size: 15);
        return new Figure(name, title, result);
    }

    private static Plot Data(PanelData data, ChartTimeline timeline, double end)
    {
        var plot = ChartCanvas.Create(new ChartText("", "", data.Unit));
        EventStrip.Underlay(plot, timeline);
        // Several lines are named in a legend built below; their own names would repeat it.
        ChartCanvas.AddLines(plot, data.Lines.Count > 1 ? data.Lines.Select(l => l with { Label = "" }) : data.Lines);
        // The legend, level at the right, names the panel (a rotated name would not fit a short
        // panel): its one line carries the name, or the name heads the list of its lines.
        if (data.Lines.Count > 1)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Name, LabelFontColor = Colors.Black });
            foreach (var line in data.Lines)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = line.Label,
                    LineColor = line.Color,
                    LineWidth = line.Width,
                    LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid,
                });
            }
        }
        ChartCanvas.ShowLegend(plot);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = ChartCanvas.Number, IntegerTicksOnly = data.Counts };
        var high = data.High > data.Low ? data.High : data.Low + 1;
        plot.Axes.SetLimits(0, end, data.Low, high + (high - data.Low) * 0.06);
        return plot;
    }
}
