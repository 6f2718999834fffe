namespace GeoSim.Cli.Sweep;

/// <summary>
/// The expanded sweep: its axes (the <c>vary:</c> paths in file order, and the strategy axis,
/// last when the file does not vary <c>strategies</c>), the variants in expansion order (the
/// first axis outermost, the last fastest) and the runs (each variant on every seed, seeds inner).
/// </summary>
/// <param name="Metrics">The selection, or null for every summary metric and statistic.</param>
internal sealed record SweepPlan(
    string Name,
    string Scenario,
    IReadOnlyList<string> AxisNames,
    IReadOnlyList<IReadOnlyList<string>> AxisValues,
    IReadOnlyList<long> Seeds,
    IReadOnlyList<MetricSelector>? Metrics,
    IReadOnlyList<SweepVariant> Variants,
    IReadOnlyList<PlannedRun> Runs)
{
    /// <summary>The metrics to chart: the selection, else the headline metrics.</summary>
    public IReadOnlyList<MetricSelector> Charted => Metrics ?? MetricSelector.DefaultCharts;

    /// <summary>"metric.stat,..." or "all": part of every run's key.</summary>
    public string MetricsText => Metrics is null ? "all" : string.Join(",", Metrics);

    /// <summary>The runs of shard <paramref name="shard"/>: every N-th run, starting at the I-th.</summary>
    public IReadOnlyList<PlannedRun> RunsOf(Shard? shard) =>
        shard is null ? Runs : [.. Runs.Where(r => (r.Number - 1) % shard.Count == shard.Index - 1)];

    /// <summary>"latency=20ms, strategy=consensus": a variant in words.</summary>
    public string Describe(IReadOnlyList<string> values) =>
        string.Join(", ", AxisNames.Select((n, i) => $"{n}={values[i]}"));
}
