namespace GeoSim.Cli.Sweep;

/// <summary>One statistic of one metric and scope of a run, as runs.csv writes it.</summary>
/// <param name="Text">The number as written (<see cref="GeoSim.Reports.CsvNumber"/>); the analysis reads it back from this text,
/// so a sweep and a merge of its shards compute from the very same values.</param>
internal sealed record MetricValue(string Metric, string Scope, string Statistic, string Text);
