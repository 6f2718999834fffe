using GeoSim.Core.Metrics;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// PBS's figure: the probability that a read started t after a write's acknowledgement returns it
/// (or newer), against t on a log axis, one line per strategy with its 95 % interval shaded. t = 0
/// has no place on a log axis: its probability is in the line's legend label.
/// </summary>
internal static class TVisibilityChart
{
    public const string Name = "t-visibility";
    private const string Title = "t-visibility: P(read returns the write or newer) vs time since the write's acknowledgement";

    public static Figure? Build(IReadOnlyList<RunResult> results)
    {
        var probed = results.Select((r, i) => (Result: r, Color: Palette.At(i))).Where(p => p.Result.Visibility.Any(v => v.Probes > 0)).ToList();
        if (probed.Count == 0)
        {
            return null;
        }
        var plot = ChartCanvas.Create(new ChartText(Title, "time since acknowledgement t (log scale)", "probability consistent"));
        var xs = new List<double>();
        foreach (var ((result, color), index) in probed.Select((p, i) => (p, i)))
        {
            var points = result.Visibility.Where(v => v.Probes > 0).ToList();
            var positive = points.Where(v => v.TMs > 0).ToList();
            var logT = positive.Select(v => Math.Log10(v.TMs)).ToArray();
            xs.AddRange(logT);
            if (positive.Count > 1)
            {
                var band = plot.Add.FillY(logT, positive.Select(v => v.Ci95.Low).ToArray(), positive.Select(v => v.Ci95.High).ToArray());
                band.FillStyle.Color = color.WithAlpha(0.2);
                band.LineStyle.Width = 0;
            }
            var label = points.FirstOrDefault(v => v.TMs == 0) is { } zero
                ? FormattableString.Invariant($"{result.Strategy} (t = 0: {zero.Probability * 100:0.##} %)")
                : result.Strategy;
            // Curves that coincide stay apart: each strategy gets its own dash pattern and markers.
            ChartCanvas.AddLines(plot, [new ChartLine(label, color, logT, positive.Select(v => v.Probability).ToList(), Dashed: index % 2 == 1, Markers: true)]);
        }
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = DurationUnit.LogTick,
        };
        var left = xs.Count == 0 ? -1 : Math.Floor(xs.Min());
        plot.Axes.SetLimits(left, xs.Count == 0 ? left + 1 : Math.Max(Math.Ceiling(xs.Max()), left + 1), 0, 1.02);
        ChartCanvas.ShowLegend(plot);
        return new Figure(Name, Title, plot);
    }
}
