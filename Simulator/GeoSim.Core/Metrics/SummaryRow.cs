namespace GeoSim.Core.Metrics;

/// <summary>
/// One row of summary.csv. Distributions fill every column; counts fill <see cref="Count"/> only;
/// ratios put the overall ratio in <see cref="Mean"/>, attempts in <see cref="Count"/> and the
/// distribution of per-interval values in the percentile columns.
/// </summary>
public sealed record SummaryRow(
    string Metric,
    string Scope,
    string Unit,
    long Count,
    double? Mean,
    double? P50,
    double? P90,
    double? P99,
    double? P999,
    double? Max);
