using GeoSim.Cli.Sweep;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Advise;

/// <summary>
/// The advice from a finished sweep: every variant judged against every target (means and 95 %
/// intervals over its seeds, <see cref="SloTarget.HeldBy"/>), those that meet all of them ranked
/// by the objective (ties in plan order), and the Pareto front of write latency against lost
/// updates: the variants no other variant beats on both (lower is better on each).
/// </summary>
internal sealed record Advice(IReadOnlyList<VariantAdvice> Variants, IReadOnlyList<VariantAdvice> Ranked, IReadOnlyList<VariantAdvice> Front)
{
    /// <summary>The front's axes: the latency a client waits for a write, and the acknowledged writes lost.</summary>
    public static readonly AdviceMeasure LatencyAxis = new(MetricNames.WriteLatency, "p99", null, HigherIsWorse: true);
    public static readonly AdviceMeasure LossAxis = new(MetricNames.LostUpdates, "count", null, HigherIsWorse: true);

    public static Advice Of(PlanDocument plan, IReadOnlyList<(PlanRun Run, RunRows Rows)> runs, IReadOnlyList<SloTarget> targets, Objective objective)
    {
        var variants = runs.GroupBy(r => r.Run.Variant).OrderBy(g => g.Key).Select(g =>
        {
            var ofVariant = g.OrderBy(r => r.Run.Run).ToList();
            SampleSummary? Summary(AdviceMeasure measure) => Summarise(ofVariant.Select(r => measure.Of(r.Rows)).ToList());
            var variant = plan.Variants[g.Key - 1];
            return new VariantAdvice(variant, plan.Describe(variant), [.. ofVariant.Select(r => r.Run)],
                [.. targets.Select(t => new TargetVerdict(t, Summary(t.Measure)))],
                Summary(objective.Measure), Summary(LatencyAxis), Summary(LossAxis));
        }).ToList();
        var ranked = variants.Where(v => v.MeetsAll).OrderBy(v => objective.SortKey(v.Objective)).ToList();
        return new Advice(variants, ranked, ParetoFront(variants));
    }

    /// <summary>The variants with both coordinates that no other such variant dominates, by latency then loss.</summary>
    public static IReadOnlyList<VariantAdvice> ParetoFront(IReadOnlyList<VariantAdvice> variants)
    {
        var placed = variants.Where(v => v.Latency is not null && v.Loss is not null).ToList();
        return [.. placed
            .Where(v => !placed.Any(o => Dominates(o, v)))
            .OrderBy(v => v.Latency!.Mean).ThenBy(v => v.Loss!.Mean)];
    }

    private static bool Dominates(VariantAdvice a, VariantAdvice b) =>
        a.Latency!.Mean <= b.Latency!.Mean && a.Loss!.Mean <= b.Loss!.Mean
        && (a.Latency.Mean < b.Latency.Mean || a.Loss.Mean < b.Loss.Mean);

    /// <summary>The values over the seeds, or null when a run did not measure it.</summary>
    private static SampleSummary? Summarise(IReadOnlyList<double?> values) =>
        values.Count == 0 || values.Any(v => v is null) ? null : SampleSummary.Of([.. values.Select(v => v!.Value)]);
}
