namespace GeoSim.Cli.Sweep;

/// <summary>
/// runs.csv: one line per (run, metric, scope, statistic), runs in plan order, with the variant's
/// value of every axis and the run's key; the whole analysis can be redone from it.
/// </summary>
internal static class RunsCsv
{
    public const string FileName = "runs.csv";

    private static readonly string[] Leading = ["run", "variant"];
    private static readonly string[] Trailing = ["seed", "run_key", "metric", "scope", "statistic", "value"];

    public static void Write(string folder, PlanDocument plan, IEnumerable<(PlanRun Run, RunRows Rows)> runs)
    {
        using var writer = new StreamWriter(Path.Combine(folder, FileName), false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(CsvLine.Join([.. Leading, .. plan.Axes.Select(a => a.Name), .. Trailing]));
        foreach (var (run, rows) in runs)
        {
            var prefix = CsvLine.Join([.. new[] { Number(run.Run), Number(run.Variant) }, .. plan.Variants[run.Variant - 1].Values]);
            var seed = Number(run.Seed);
            foreach (var value in rows.Values)
            {
                writer.WriteLine($"{prefix},{CsvLine.Join([seed, run.Key, value.Metric, value.Scope, value.Statistic, value.Text])}");
            }
        }
    }

    /// <summary>The runs in a runs.csv by key; empty when the file is absent or not one GeoSim wrote.</summary>
    public static Dictionary<string, RunRows> Read(string folder)
    {
        var found = new Dictionary<string, RunRows>(StringComparer.Ordinal);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path) || CsvLine.Parse(File.ReadAllText(path)) is not { Count: > 0 } records)
        {
            return found;
        }
        var header = records[0];
        var at = Trailing.ToDictionary(t => t, t => header.IndexOf(t));
        if (header.Count < Leading.Length + Trailing.Length || at.Values.Any(i => i < 0))
        {
            return found;
        }
        var lists = new Dictionary<string, List<MetricValue>>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1).Where(r => r.Count == header.Count))
        {
            var key = record[at["run_key"]];
            if (!lists.TryGetValue(key, out var values))
            {
                lists[key] = values = [];
            }
            values.Add(new MetricValue(record[at["metric"]], record[at["scope"]], record[at["statistic"]], record[at["value"]]));
        }
        foreach (var (key, values) in lists)
        {
            found[key] = new RunRows(key, values);
        }
        return found;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
