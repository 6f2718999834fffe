using System.Globalization;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>
/// The files beside the contract's CSV files: timeseries-units.csv names every series of
/// timeseries.csv once, and histograms.csv has increasing bucket bounds and positive counts; both
/// give each metric the unit summary.csv gives it.
/// </summary>
internal static class ExportContract
{
    public const string UnitsHeader = "strategy,metric,scope,unit,per_interval";
    public const string HistogramsHeader = "strategy,metric,scope,unit,upper_bound,count";
    private static readonly string[] PerInterval = ["mean", "share", "total", "sample", "rate", "quantile"];

    /// <summary>Kinds of series that have no summary row of their own (rates and per-interval quantiles), with their unit.</summary>
    private static readonly Dictionary<string, string> SeriesOnly = new() { ["rate"] = "ops/s", ["quantile"] = "ms" };

    public static void Check(string folder, List<string> problems)
    {
        var units = Rows(folder, "summary.csv", CsvContract.SummaryHeader, problems)
            .ToDictionary(r => Series(r), r => r["unit"]);
        var series = Rows(folder, "timeseries.csv", CsvContract.TimeseriesHeader, problems).Select(Series).Distinct().ToList();
        var named = Rows(folder, "timeseries-units.csv", UnitsHeader, problems);
        if (!named.Select(Series).SequenceEqual(series))
        {
            problems.Add("timeseries-units.csv does not name the series of timeseries.csv once each, in their order");
        }
        foreach (var r in named.Where(r => !PerInterval.Contains(r["per_interval"])
            || (units.TryGetValue(Series(r), out var unit) ? unit != r["unit"] : SeriesOnly.GetValueOrDefault(r["per_interval"]) != r["unit"])))
        {
            problems.Add($"timeseries-units.csv: {Series(r)} has unit '{r["unit"]}' per_interval '{r["per_interval"]}'; summary.csv says '{units.GetValueOrDefault(Series(r))}'");
        }
        var bound = new Dictionary<string, double>();
        foreach (var r in Rows(folder, "histograms.csv", HistogramsHeader, problems))
        {
            var key = Series(r);
            var upper = double.Parse(r["upper_bound"], CultureInfo.InvariantCulture);
            if (units.GetValueOrDefault(key) != r["unit"] || long.Parse(r["count"], CultureInfo.InvariantCulture) <= 0
                || (bound.TryGetValue(key, out var before) && upper <= before))
            {
                problems.Add($"histograms.csv: bucket {r["upper_bound"]} of {key} (unit '{r["unit"]}', count {r["count"]}) is out of order, empty or in another unit");
            }
            bound[key] = upper;
        }
    }

    private static string Series(Dictionary<string, string> r) => $"{r["strategy"]} {r["metric"]} {r["scope"]}";

    private static List<Dictionary<string, string>> Rows(string folder, string file, string header, List<string> problems)
    {
        var path = Path.Combine(folder, file);
        var records = File.Exists(path) ? CsvText.Parse(File.ReadAllText(path)) : [];
        if (records.Count == 0 || string.Join(',', records[0]) != header)
        {
            problems.Add($"{file}: missing, or its header is not '{header}'");
            return [];
        }
        return records.Skip(1).Where(r => r.Length == records[0].Length)
            .Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
