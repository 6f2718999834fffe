using GeoSim.Core.Metrics;
using GeoSim.Reports.Charts;
using GeoSim.Reports.Sweep;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// The sweep's charts: each charted metric (scope <c>all</c>) against each axis with more than one
/// value, one line per combination of the other such axes, in plan order.
/// </summary>
internal static class SweepChartPlan
{
    public static IReadOnlyList<SweepChart> Of(PlanDocument plan, IReadOnlyList<VariantSummary> summaries)
    {
        var varied = plan.Axes.Select((a, i) => (Axis: a, Index: i)).Where(a => a.Axis.Values.Count > 1).ToList();
        var slugs = FileSlug.Of([.. varied.Select(v => v.Axis.Name)]);
        var byVariant = summaries.Where(s => s.Scope == MetricNames.AllScope)
            .ToDictionary(s => (s.Variant.Variant, s.Metric, s.Statistic), s => s.Summary);
        var charts = new List<SweepChart>();
        foreach (var metric in plan.Charted)
        {
            if (!summaries.Any(s => s.Metric == metric.Metric && s.Statistic == metric.Statistic))
            {
                continue;
            }
            for (var x = 0; x < varied.Count; x++)
            {
                var (axis, axisIndex) = varied[x];
                var others = varied.Where(v => v.Index != axisIndex).ToList();
                var series = plan.Variants
                    .GroupBy(v => string.Join(", ", others.Select(o => $"{o.Axis.Name}={v.Values[o.Index]}")))
                    .Select(g => new SweepChartSeries(g.Key, [.. axis.Values.Select(value =>
                        g.FirstOrDefault(v => v.Values[axisIndex] == value) is { } variant
                        && byVariant.TryGetValue((variant.Variant, metric.Metric, metric.Statistic), out var s)
                            ? new SweepPoint(s.Mean, s.Ci95Low, s.Ci95High)
                            : null)]))
                    .ToList();
                charts.Add(new SweepChart($"{metric.Metric}.{metric.Statistic}-vs-{slugs[x]}",
                    $"{metric} against {axis.Name}", axis.Name, $"{metric} (mean over {plan.Seeds.Count} seeds, 95 % CI)",
                    axis.Values, series));
            }
        }
        return charts;
    }
}
