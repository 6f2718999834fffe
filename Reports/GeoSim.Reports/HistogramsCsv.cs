using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// histograms.csv: every bucket of the histograms behind the CDF charts and the percentiles of
/// summary.csv, so a distribution can be redrawn or re-summarised elsewhere. A bucket holds the
/// values above the previous row's upper_bound up to its own (inclusive). Thousands of rows per
/// distribution, so it is written field by field.
/// </summary>
internal static class HistogramsCsv
{
    public const string FileName = "histograms.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results)
    {
        using var writer = CsvFile.Open(Path.Combine(folder, FileName));
        writer.WriteHeader<HistogramsCsvRow>();
        Span<char> number = stackalloc char[64];
        foreach (var result in results)
        {
            foreach (var histogram in result.Histograms)
            {
                var where = $"{FileName} {result.Strategy} {histogram.Metric} {histogram.Scope}";
                foreach (var bucket in histogram.Buckets)
                {
                    writer.WriteField(result.Strategy);
                    writer.WriteField(histogram.Metric);
                    writer.WriteField(histogram.Scope);
                    writer.WriteField(histogram.Unit);
                    writer.WriteField(CsvNumber.Write(bucket.UpperBound, number, where, "upper_bound"));
                    writer.WriteField(bucket.Count);
                    writer.EndRecord();
                }
            }
        }
    }
}
