namespace GeoSim.Core.Metrics;

/// <summary>
/// One row of summary.csv. Distributions fill every column; counts fill <see cref="Count"/> only;
/// ratios put the overall ratio in <see cref="Mean"/>, attempts in <see cref="Count"/> and the
/// distribution of per-interval values in the percentile columns. The low tail (<see cref="Min"/>,
/// <see cref="P1"/>, <see cref="P10"/>) is what shows an outage in a higher-is-better ratio.
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
    double? Max)
{
    /// <summary>The smallest value.</summary>
    public double? Min { get; init; }

    /// <summary>The 1st percentile (nearest rank).</summary>
    public double? P1 { get; init; }

    /// <summary>The 10th percentile (nearest rank).</summary>
    public double? P10 { get; init; }
}
