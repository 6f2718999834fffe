using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>summary.csv: every strategy's rows, strategies in the order given.</summary>
internal static class SummaryCsv
{
    public const string FileName = "summary.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(Rows));

    private static IEnumerable<SummaryCsvRow> Rows(RunResult result) =>
        result.Summary.Select(row =>
        {
            var where = $"{FileName} {result.Strategy} {row.Metric} {row.Scope}";
            return new SummaryCsvRow(
                result.Strategy,
                row.Metric,
                row.Scope,
                row.Unit,
                row.Count,
                CsvNumber.Write(row.Mean, where + " mean"),
                CsvNumber.Write(row.P50, where + " p50"),
                CsvNumber.Write(row.P90, where + " p90"),
                CsvNumber.Write(row.P99, where + " p99"),
                CsvNumber.Write(row.P999, where + " p999"),
                CsvNumber.Write(row.Max, where + " max"));
        });
}
