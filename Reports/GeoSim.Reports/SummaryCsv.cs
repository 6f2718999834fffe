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
            var cell = new SummaryCells(FileName, result, row);
            return new SummaryCsvRow(result.Strategy, row.Metric, row.Scope, row.Unit, row.Count,
                cell.Of(row.Mean, "mean"), cell.Of(row.P50, "p50"), cell.Of(row.P90, "p90"),
                cell.Of(row.P99, "p99"), cell.Of(row.P999, "p999"), cell.Of(row.Max, "max"));
        });
}
