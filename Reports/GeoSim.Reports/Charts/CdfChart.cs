using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Cumulative distributions with the value on a log x axis, so the body and the tail both show,
/// and the share on a percentile axis (<see cref="PercentileAxis"/>), so p99 and p99.9 are not
/// squashed into the top pixels. Zero has no place on a log axis: a curve starts at the share of
/// samples that were zero. Panels (writes, reads; one per strategy) share the x axis.
/// </summary>
internal static class CdfChart
{
    public static Figure Build(string name, ChartText text, IReadOnlyList<(string Panel, IReadOnlyList<ChartLine> Lines)> panels, string emptyNote)
    {
        var logPanels = panels
            .Select(p => (p.Panel, Lines: p.Lines.Select(ToAxes).Where(l => l.Xs.Count > 0).ToList()))
            .Where(p => p.Lines.Count > 0)
            .ToList();
        var xs = logPanels.SelectMany(p => p.Lines).SelectMany(l => l.Xs).ToList();
        // Whole decades, at least one, so the ticks are powers of ten.
        var left = xs.Count == 0 ? -1 : Math.Floor(xs.Min());
        var right = xs.Count == 0 ? 3 : Math.Max(Math.Ceiling(xs.Max()), left + 1);
        if (logPanels.Count == 0)
        {
            var empty = Panel(text.Title, text.XLabel, text.YLabel, [], left, right);
            ChartCanvas.AddNote(empty, emptyNote);
            return new Figure(name, text.Title, empty);
        }
        var plots = logPanels.Select((p, i) => Panel(
            i == 0 ? text.Title : "",
            i == logPanels.Count - 1 ? text.XLabel : "",
            logPanels.Count == 1 ? text.YLabel : $"{p.Panel} (share ≤ x)",
            p.Lines, left, right)).ToList();
        return new Figure(name, text.Title, plots.Select(p => new Panel(p)).ToList());
    }

    private static Plot Panel(string title, string xLabel, string yLabel, IReadOnlyList<ChartLine> lines, double left, double right)
    {
        var plot = ChartCanvas.Create(new ChartText(title, xLabel, yLabel));
        // A CDF holds its value until the next point: steps, not slopes between thinned points.
        ChartCanvas.AddLines(plot, lines, ConnectStyle.StepHorizontal);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = DurationUnit.LogTick,
        };
        plot.Axes.Left.TickGenerator = PercentileAxis.Ticks();
        plot.Axes.SetLimits(left, right, 0, PercentileAxis.Nines * 1.03);
        ChartCanvas.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// Drops the points at zero and starts the curve with a rise from the share of samples below its
    /// first value (0, or the share of zeros), so a constant shows as a step, not a lone dot; then
    /// puts x on log10 and the share on the percentile axis.
    /// </summary>
    private static ChartLine ToAxes(ChartLine line)
    {
        var points = line.Xs.Select((x, i) => (X: x, Y: line.Ys[i])).ToList();
        var kept = points.Where(p => p.X > 0).ToList();
        if (kept.Count == 0)
        {
            return line with { Xs = [], Ys = [] };
        }
        var below = points.Where(p => p.X <= 0).Select(p => p.Y).DefaultIfEmpty(0).Max();
        kept.Insert(0, (kept[0].X, below));
        return line with
        {
            Xs = kept.Select(p => Math.Log10(p.X)).ToList(),
            Ys = kept.Select(p => PercentileAxis.ToAxis(p.Y)).ToList(),
        };
    }
}
