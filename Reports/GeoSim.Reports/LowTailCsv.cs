using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// summary-low-tail.csv: the low tail (min, p1, p10) of every summary row with a distribution,
/// beside summary.csv, whose columns the output contract fixes. For a higher-is-better ratio
/// (availability) this is where an outage shows.
/// </summary>
internal static class LowTailCsv
{
    public const string FileName = "summary-low-tail.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(Rows));

    private static IEnumerable<LowTailCsvRow> Rows(RunResult result) =>
        result.Summary.Where(row => row.Min is not null).Select(row =>
        {
            var cell = new SummaryCells(FileName, result, row);
            return new LowTailCsvRow(result.Strategy, row.Metric, row.Scope, row.Unit, row.Count,
                cell.Of(row.Min, "min"), cell.Of(row.P1, "p1"), cell.Of(row.P10, "p10"));
        });
}
