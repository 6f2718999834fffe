using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// timeseries-units.csv: the unit of every series of timeseries.csv and what its values stand for
/// over an interval, one row per series in the same order, beside timeseries.csv, whose columns
/// the output contract fixes. The interval itself is in run.json.
/// </summary>
internal static class TimeSeriesUnitsCsv
{
    public const string FileName = "timeseries-units.csv";

    public static void Write(string folder, IReadOnlyList<RunResult> results) =>
        CsvFile.Write(Path.Combine(folder, FileName), results.SelectMany(result => result.Series.Select(series =>
            new TimeSeriesUnitsCsvRow(result.Strategy, series.Metric, series.Scope, series.Unit, PerInterval(series.Value)))));

    private static string PerInterval(SeriesValue value) => value switch
    {
        SeriesValue.Mean => "mean",
        SeriesValue.Share => "share",
        SeriesValue.Total => "total",
        SeriesValue.Sample => "sample",
        SeriesValue.Rate => "rate",
        SeriesValue.Quantile => "quantile",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
