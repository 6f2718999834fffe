namespace GeoSim.Cli.Sweep;

/// <summary>One line of sweep.csv: a variant, a metric's statistic in a scope, summarised over the seeds.</summary>
internal sealed record VariantSummary(PlanVariant Variant, string Metric, string Statistic, string Scope, SampleSummary Summary);
