namespace GeoSim.Cli.Sweep;

/// <summary>
/// plan.json: the expanded sweep, everything the outputs need without the scenario (a merge has
/// only the shard folders). Every shard of a sweep writes the same bytes; a merge checks that.
/// The declaration order is the key order in the file.
/// </summary>
internal sealed record PlanDocument(
    string Format,
    string Sweep,
    string Scenario,
    IReadOnlyList<PlanAxis> Axes,
    IReadOnlyList<long> Seeds,
    IReadOnlyList<string>? Metrics,
    IReadOnlyList<PlanVariant> Variants,
    IReadOnlyList<PlanRun> Runs)
{
    public const string FileName = "plan.json";
    public const string FormatName = "geosim-sweep-plan-1";

    public static PlanDocument Of(SweepPlan plan) => new(
        FormatName,
        plan.Name,
        plan.Scenario,
        [.. plan.AxisNames.Select((n, i) => new PlanAxis(n, plan.AxisValues[i]))],
        plan.Seeds,
        plan.Metrics?.Select(m => m.ToString()).ToList(),
        [.. plan.Variants.Select(v => new PlanVariant(v.Number, v.Values))],
        [.. plan.Runs.Select(r => new PlanRun(r.Number, r.Variant.Number, r.Seed, r.Key))]);

    /// <summary>The metrics charted: the selection, else the headline metrics.</summary>
    public IReadOnlyList<MetricSelector> Charted =>
        Metrics?.Select(m => new MetricSelector(m[..m.LastIndexOf('.')], m[(m.LastIndexOf('.') + 1)..])).ToList()
        ?? (IReadOnlyList<MetricSelector>)MetricSelector.DefaultCharts;

    /// <summary>"latency=20ms, strategy=consensus".</summary>
    public string Describe(PlanVariant variant) => string.Join(", ", Axes.Select((a, i) => $"{a.Name}={variant.Values[i]}"));
}

/// <summary>A varied path (or <c>strategy</c>) and its values in file order.</summary>
internal sealed record PlanAxis(string Name, IReadOnlyList<string> Values);

/// <summary>A variant: its 1-based number and one value per axis.</summary>
internal sealed record PlanVariant(int Variant, IReadOnlyList<string> Values);

/// <summary>A run: its 1-based number, its variant, its seed and its key.</summary>
internal sealed record PlanRun(int Run, int Variant, long Seed, string Key);
