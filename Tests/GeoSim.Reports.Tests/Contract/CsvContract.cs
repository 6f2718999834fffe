using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>
/// The three CSV files of an output folder as the README defines them: exact headers, one value per
/// column, invariant finite numbers, documented metric names with one unit each, ordered percentiles,
/// ratios within [0, 1], strictly increasing times per series, and only the run's strategies.
/// </summary>
internal sealed partial class CsvContract(string folder, IReadOnlySet<string> metrics, IReadOnlySet<string> strategies, List<string> problems)
{
    public const string SummaryHeader = "strategy,metric,scope,unit,count,mean,p50,p90,p99,p999,max";
    public const string TimeseriesHeader = "strategy,time_s,metric,scope,value";
    public const string EventsHeader = "strategy,time_s,kind,scope,detail";
    public const string TVisibilityHeader = "strategy,t_ms,probes,consistent,probability,ci95_low,ci95_high";
    private const int MaxProblemsPerFile = 20;

    public void CheckAll()
    {
        Check("summary.csv", SummaryHeader, Summary());
        Check("timeseries.csv", TimeseriesHeader, Timeseries());
        Check("events.csv", EventsHeader, Events());
        if (File.Exists(Path.Combine(folder, "t_visibility.csv")))
        {
            Check("t_visibility.csv", TVisibilityHeader, TVisibility());
        }
    }

    /// <summary>Known strategies, counts that add up, and a probability inside its own interval, all within [0, 1].</summary>
    private Func<Dictionary<string, string>, string?> TVisibility() => r =>
    {
        if (!strategies.Contains(r["strategy"]))
        {
            return $"strategy '{r["strategy"]}' is not in run.json";
        }
        if (!long.TryParse(r["probes"], CultureInfo.InvariantCulture, out var probes) || !long.TryParse(r["consistent"], CultureInfo.InvariantCulture, out var consistent)
            || consistent < 0 || consistent > probes)
        {
            return $"consistent '{r["consistent"]}' of probes '{r["probes"]}' is not a count within it";
        }
        var values = new[] { "t_ms", "ci95_low", "probability", "ci95_high" }.Select(c => TryNumber(r[c], out var v) ? v : (double?)null).ToArray();
        if (values.Any(v => v is null) || values[0] < 0)
        {
            return "t_ms, probability or an interval bound is not a finite number written with '.' (t_ms at least 0)";
        }
        return values[1] <= values[2] && values[2] <= values[3] && values[1] >= 0 && values[3] <= 1
            ? null
            : $"ci95_low {values[1]} <= probability {values[2]} <= ci95_high {values[3]} within [0, 1] does not hold";
    };

    private void Check(string file, string header, Func<Dictionary<string, string>, string?> row)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file} is missing");
            return;
        }
        var records = CsvText.Parse(File.ReadAllText(path));
        if (records.Count == 0 || string.Join(',', records[0]) != header)
        {
            problems.Add($"{file}: header is '{(records.Count == 0 ? "(empty)" : string.Join(',', records[0]))}', expected '{header}'");
            return;
        }
        var columns = records[0];
        var found = 0;
        for (var i = 1; i < records.Count && found < MaxProblemsPerFile; i++)
        {
            var problem = records[i].Length != columns.Length
                ? $"{records[i].Length} fields, expected {columns.Length}"
                : row(columns.Zip(records[i]).ToDictionary(p => p.First, p => p.Second));
            if (problem is not null)
            {
                problems.Add($"{file}:{i + 1}: {problem}");
                found++;
            }
        }
    }

    private Func<Dictionary<string, string>, string?> Summary()
    {
        var units = new Dictionary<string, string>();
        var seen = new HashSet<string>();
        return r =>
        {
            var metric = r["metric"];
            var unit = r["unit"];
            var problem = Common(r, metric);
            if (problem is not null)
            {
                return problem;
            }
            if (!seen.Add($"{r["strategy"]}|{metric}|{r["scope"]}"))
            {
                return $"{metric} {r["scope"]} appears twice for {r["strategy"]}";
            }
            if (unit.Length == 0 || (units.TryGetValue(metric, out var first) && first != unit))
            {
                return $"{metric} has unit '{unit}', earlier '{units.GetValueOrDefault(metric)}'";
            }
            units[metric] = unit;
            if ((metric.EndsWith("_ms", StringComparison.Ordinal) && unit != "ms") || (metric.EndsWith("_s", StringComparison.Ordinal) && unit != "s"))
            {
                return $"{metric} has unit '{unit}', not the one its name ends with";
            }
            if (!long.TryParse(r["count"], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return $"count '{r["count"]}' is not a whole number >= 0";
            }
            return Statistics(r, unit == "ratio");
        };
    }

    private static string? Statistics(Dictionary<string, string> r, bool ratio)
    {
        var names = new[] { "mean", "p50", "p90", "p99", "p999", "max" };
        var values = new double?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (r[names[i]].Length == 0)
            {
                continue;
            }
            if (!TryNumber(r[names[i]], out var value))
            {
                return $"{names[i]} '{r[names[i]]}' is not a finite number written with '.'";
            }
            if (ratio && value is < 0 or > 1)
            {
                return $"{names[i]} {value} of a ratio is outside [0, 1]";
            }
            values[i] = value;
        }
        var percentiles = values[1..].OfType<double>().ToList();
        return percentiles.Zip(percentiles.Skip(1)).Any(p => p.First > p.Second)
            ? $"percentiles go down: {string.Join(" ", percentiles.Select(p => p.ToString(CultureInfo.InvariantCulture)))}"
            : null;
    }

    private Func<Dictionary<string, string>, string?> Timeseries()
    {
        var last = new Dictionary<string, double>();
        return r =>
        {
            var problem = Common(r, r["metric"]) ?? Time(r, mustBePositive: true);
            if (problem is not null)
            {
                return problem;
            }
            if (!TryNumber(r["value"], out _))
            {
                return $"value '{r["value"]}' is not a finite number written with '.'";
            }
            var series = $"{r["strategy"]} {r["metric"]} {r["scope"]}";
            var time = double.Parse(r["time_s"], CultureInfo.InvariantCulture);
            if (last.TryGetValue(series, out var before) && time <= before)
            {
                return $"time_s {time} goes back or repeats in series {series}";
            }
            last[series] = time;
            return null;
        };
    }

    private Func<Dictionary<string, string>, string?> Events() => r =>
        !strategies.Contains(r["strategy"]) ? $"strategy '{r["strategy"]}' is not in run.json"
        : r["kind"].Length == 0 ? "kind is empty"
        : Time(r, mustBePositive: false);

    private string? Common(Dictionary<string, string> r, string metric) =>
        !strategies.Contains(r["strategy"]) ? $"strategy '{r["strategy"]}' is not in run.json"
        : !metrics.Contains(metric) ? $"metric '{metric}' is not defined in the README"
        : null;

    private static string? Time(Dictionary<string, string> r, bool mustBePositive) =>
        TryNumber(r["time_s"], out var t) && (mustBePositive ? t > 0 : t >= 0)
            ? null
            : $"time_s '{r["time_s"]}' is not a finite number {(mustBePositive ? "> 0" : ">= 0")} written with '.'";

    /// <summary>Only the invariant form: "1,5", "NaN", "∞" or a thousands separator are problems.</summary>
    private static bool TryNumber(string text, out double value)
    {
        value = 0;
        return InvariantNumber().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex InvariantNumber();
}
