using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// timeseries.csv, series-major: every point of one series, then the next, in the order the
/// result lists them; strategies in the order given.
/// </summary>
internal static class TimeSeriesCsv
{
    public const string FileName = "timeseries.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(Rows));

    private static IEnumerable<TimeSeriesCsvRow> Rows(RunResult result) =>
        result.Series.SelectMany(series =>
        {
            var where = $"{FileName} {result.Strategy} {series.Metric} {series.Scope}";
            return series.Points.Select(point => new TimeSeriesCsvRow(
                result.Strategy,
                CsvNumber.Write(point.TimeSeconds, where + " time_s"),
                series.Metric,
                series.Scope,
                CsvNumber.Write(point.Value, where + " value")));
        });
}
