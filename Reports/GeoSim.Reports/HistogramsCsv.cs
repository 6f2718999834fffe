using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// histograms.csv: every bucket of the histograms behind the CDF charts and the percentiles of
/// summary.csv, so a distribution can be redrawn or re-summarised elsewhere. A bucket holds the
/// values above the previous row's upper_bound up to its own (inclusive).
/// </summary>
internal static class HistogramsCsv
{
    public const string FileName = "histograms.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(result => result.Histograms.SelectMany(histogram =>
        {
            var where = $"{FileName} {result.Strategy} {histogram.Metric} {histogram.Scope} upper_bound";
            return histogram.Buckets.Select(bucket => new HistogramsCsvRow(result.Strategy, histogram.Metric, histogram.Scope, histogram.Unit,
                CsvNumber.Write(bucket.UpperBound, where), bucket.Count));
        })));
}
