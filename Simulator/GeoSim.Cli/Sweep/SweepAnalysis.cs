namespace GeoSim.Cli.Sweep;

/// <summary>
/// Groups the runs of each variant and summarises every (metric, statistic, scope) over its seeds,
/// variants in plan order and rows in the order the variant's runs first list them.
/// </summary>
internal static class SweepAnalysis
{
    public static IReadOnlyList<VariantSummary> Summarise(PlanDocument plan, IReadOnlyList<(PlanRun Run, RunRows Rows)> runs)
    {
        var summaries = new List<VariantSummary>();
        foreach (var group in runs.GroupBy(r => r.Run.Variant).OrderBy(g => g.Key))
        {
            var variant = plan.Variants[group.Key - 1];
            var samples = new Dictionary<(string, string, string), List<double>>();
            var order = new List<(string Metric, string Statistic, string Scope)>();
            foreach (var value in group.OrderBy(r => r.Run.Run).SelectMany(r => r.Rows.Values))
            {
                var id = (value.Metric, value.Statistic, value.Scope);
                if (!samples.TryGetValue(id, out var list))
                {
                    samples[id] = list = [];
                    order.Add(id);
                }
                list.Add(SampleSummary.Parse(value.Text));
            }
            summaries.AddRange(order.Select(id => new VariantSummary(variant, id.Metric, id.Statistic, id.Scope, SampleSummary.Of(samples[id]))));
        }
        return summaries;
    }
}
