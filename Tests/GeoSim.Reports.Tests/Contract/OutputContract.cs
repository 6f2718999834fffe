using System.Text.Json;
using System.Text.RegularExpressions;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>
/// GeoSim's output contract (README, "Output files"), checked on a written folder without any code
/// of the writers: the CSV files, run.json, the charts of every strategy and a self-contained
/// report.html. Returns every problem found; an empty list means the folder holds the contract.
/// </summary>
internal static partial class OutputContract
{
    public static IReadOnlyList<string> Check(string folder, IReadOnlySet<string> documentedMetrics)
    {
        var problems = new List<string>();
        var run = RunJson(folder, problems);
        if (run is null)
        {
            return problems;
        }
        new CsvContract(folder, documentedMetrics, run.Strategies.ToHashSet(), problems).CheckAll();
        ExportContract.Check(folder, problems);
        var charts = ChartContract.Check(folder, run.Strategies, problems);
        Report(folder, run, charts, problems);
        return problems;
    }

    private sealed record RunFacts(string Scenario, long Seed, string Fingerprint, IReadOnlyList<string> Strategies);

    private static RunFacts? RunJson(string folder, List<string> problems)
    {
        var path = Path.Combine(folder, "run.json");
        if (!File.Exists(path))
        {
            problems.Add("run.json is missing");
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var missing = new[] { ("scenario", JsonValueKind.String), ("seed", JsonValueKind.Number), ("geosim_version", JsonValueKind.String),
                    ("fingerprint", JsonValueKind.String), ("events_processed", JsonValueKind.Number), ("wall_seconds", JsonValueKind.Number),
                    ("strategies", JsonValueKind.Array), ("command_line", JsonValueKind.Array) }
                .Where(f => !root.TryGetProperty(f.Item1, out var v) || v.ValueKind != f.Item2)
                .Select(f => $"{f.Item1} ({f.Item2})")
                .Concat(root.TryGetProperty("partial", out var partial) && partial.ValueKind is JsonValueKind.True or JsonValueKind.False ? [] : ["partial (true or false)"])
                .ToList();
            if (missing.Count > 0)
            {
                problems.Add($"run.json lacks {string.Join(", ", missing)}");
                return null;
            }
            var fingerprint = root.GetProperty("fingerprint").GetString()!;
            if (!Hex16().IsMatch(fingerprint))
            {
                problems.Add($"run.json: fingerprint '{fingerprint}' is not 16 hex digits");
            }
            if (!root.GetProperty("seed").TryGetInt64(out var seed) || root.GetProperty("events_processed").GetInt64() < 0)
            {
                problems.Add("run.json: seed or events_processed is not a whole number");
            }
            var strategies = root.GetProperty("strategies").EnumerateArray()
                .Select(s => s.TryGetProperty("strategy", out var label) ? label.GetString() ?? "" : "").ToList();
            if (strategies.Count == 0 || strategies.Any(s => s.Length == 0))
            {
                problems.Add("run.json: strategies must be a non-empty list of objects with a 'strategy' label");
            }
            return new RunFacts(root.GetProperty("scenario").GetString()!, seed, fingerprint, strategies);
        }
        catch (JsonException e)
        {
            problems.Add($"run.json is not JSON: {e.Message}");
            return null;
        }
    }

    /// <summary>One page with the scenario's facts, an inline figure per chart, and no link that leaves the folder.</summary>
    private static void Report(string folder, RunFacts run, IReadOnlyList<string> charts, List<string> problems)
    {
        var path = Path.Combine(folder, "report.html");
        if (!File.Exists(path))
        {
            problems.Add("report.html is missing");
            return;
        }
        var html = File.ReadAllText(path);
        var expected = new[]
        {
            "<!DOCTYPE html>", $"<title>GeoSim: {run.Scenario}</title>", $"<dd>{run.Seed}</dd>", $"<dd>{run.Fingerprint}</dd>",
            "id=\"charts\"", "id=\"summary\"", "id=\"timeline\"", "<table", "</html>",
        };
        problems.AddRange(expected.Where(e => !html.Contains(e, StringComparison.Ordinal)).Select(e => $"report.html lacks {e}"));
        problems.AddRange(run.Strategies.Where(s => !html.Contains(s, StringComparison.Ordinal)).Select(s => $"report.html does not name strategy {s}"));
        var figures = Regex.Matches(html, "<figure").Count;
        var inlineSvgs = Regex.Matches(html, "<svg").Count;
        if (figures != charts.Count || inlineSvgs < charts.Count)
        {
            problems.Add($"report.html has {figures} figures and {inlineSvgs} inline svg for {charts.Count} charts");
        }
        foreach (Match link in Reference().Matches(html))
        {
            var target = link.Groups[2].Value;
            var local = (target.StartsWith("charts/", StringComparison.Ordinal) || target == "player.html") && File.Exists(Path.Combine(folder, target));
            if (!target.StartsWith('#') && !local)
            {
                problems.Add($"report.html: {link.Groups[1].Value}=\"{target}\" is neither an anchor nor a chart or the player in the folder");
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex Hex16();

    [GeneratedRegex("(href|src)=\"([^\"]*)\"")]
    private static partial Regex Reference();
}
