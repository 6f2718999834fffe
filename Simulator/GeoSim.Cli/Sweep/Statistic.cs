using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Sweep;

/// <summary>The statistics of a summary.csv row a sweep can aggregate, by their column names.</summary>
internal static class Statistic
{
    public static readonly string[] Names = ["count", "mean", "min", "p1", "p10", "p50", "p90", "p99", "p999", "max"];

    /// <summary>The value of <paramref name="statistic"/> in <paramref name="row"/>; null when the run did not measure it.</summary>
    public static double? Of(SummaryRow row, string statistic) => statistic switch
    {
        "count" => row.Count,
        "mean" => row.Mean,
        "min" => row.Min,
        "p1" => row.P1,
        "p10" => row.P10,
        "p50" => row.P50,
        "p90" => row.P90,
        "p99" => row.P99,
        "p999" => row.P999,
        "max" => row.Max,
        _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "not a statistic"),
    };
}
