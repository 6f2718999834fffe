using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Cumulative distributions on a log-scaled x axis, so the body and the tail both show. Zero has
/// no place on a log axis: a curve starts at the share of samples that were zero.
/// </summary>
internal static class CdfChart
{
    public static Plot Build(ChartText text, IReadOnlyList<ChartLine> lines, string emptyNote)
    {
        var plot = ChartCanvas.Create(text);
        var logLines = lines
            .Select(l => ToLog(l))
            .Where(l => l.Xs.Count > 0)
            .ToList();
        // A CDF holds its value until the next point: steps, not slopes between thinned points.
        ChartCanvas.AddLines(plot, logLines, ConnectStyle.StepHorizontal);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = exponent => ChartCanvas.Number(Math.Pow(10, exponent)),
        };
        if (logLines.Count == 0)
        {
            ChartCanvas.AddNote(plot, emptyNote);
            plot.Axes.SetLimits(-1, 3, 0, 1.02);
        }
        else
        {
            // Whole decades, at least one, so the ticks are powers of ten.
            var xs = logLines.SelectMany(l => l.Xs).ToList();
            var left = Math.Floor(xs.Min());
            plot.Axes.SetLimits(left, Math.Max(Math.Ceiling(xs.Max()), left + 1), 0, 1.02);
        }
        ChartCanvas.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// Drops the points at zero and starts the curve with a rise from the share of samples below its
    /// first value (0, or the share of zeros), so a constant shows as a step, not a lone dot.
    /// </summary>
    private static ChartLine ToLog(ChartLine line)
    {
        var points = line.Xs.Select((x, i) => (X: x, Y: line.Ys[i])).ToList();
        var kept = points.Where(p => p.X > 0).ToList();
        if (kept.Count == 0)
        {
            return line with { Xs = [], Ys = [] };
        }
        var below = points.Where(p => p.X <= 0).Select(p => p.Y).DefaultIfEmpty(0).Max();
        kept.Insert(0, (kept[0].X, below));
        return line with { Xs = kept.Select(p => Math.Log10(p.X)).ToList(), Ys = kept.Select(p => p.Y).ToList() };
    }
}
