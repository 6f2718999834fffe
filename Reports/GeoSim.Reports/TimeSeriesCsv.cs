using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// timeseries.csv, series-major: every point of one series, then the next, in the order the
/// result lists them; strategies in the order given. The largest file of a long run (a row per
/// series and interval), so it is written field by field, without an object or string per row.
/// </summary>
internal static class TimeSeriesCsv
{
    public const string FileName = "timeseries.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results)
    {
        using var writer = CsvFile.Open(Path.Combine(folder, FileName));
        writer.WriteHeader<TimeSeriesCsvRow>();
        Span<char> number = stackalloc char[64];
        foreach (var result in results)
        {
            foreach (var series in result.Series)
            {
                var where = $"{FileName} {result.Strategy} {series.Metric} {series.Scope}";
                foreach (var point in series.Points)
                {
                    writer.WriteField(result.Strategy);
                    writer.WriteField(CsvNumber.Write(point.TimeSeconds, number, where, "time_s"));
                    writer.WriteField(series.Metric);
                    writer.WriteField(series.Scope);
                    writer.WriteField(CsvNumber.Write(point.Value, number, where, "value"));
                    writer.EndRecord();
                }
            }
        }
    }
}
