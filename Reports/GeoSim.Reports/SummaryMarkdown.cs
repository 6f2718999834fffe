using System.Globalization;
using System.Text;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// summary.md: the rows of summary.csv as one aligned Markdown table, for a design document or a
/// pull request. The same metric names, units and columns as the CSV (ratios 0-1), numbers
/// rounded for reading: three decimals, six for ratios, thousands separated, so that
/// the decimal points of the rows of one unit line up.
/// </summary>
internal static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    private static readonly string[] Headings = ["strategy", "metric", "scope", "unit", "count", "mean", "p50", "p90", "p99", "p999", "max"];
    private static readonly bool[] RightAligned = [false, false, false, false, true, true, true, true, true, true, true];

    public static void Write(string folder, IReadOnlyList<RunResult> results)
    {
        var first = results[0];
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# GeoSim summary: {first.ScenarioName}\n\n")
            .Append(CultureInfo.InvariantCulture, $"Seed {first.Seed}, scenario fingerprint {first.Fingerprint}, ")
            .Append(CultureInfo.InvariantCulture, $"{string.Join(", ", results.Select(r => $"{r.Strategy} {r.SimulatedSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"))} simulated.\n\n");
        var table = new MarkdownTable(Headings, RightAligned);
        foreach (var result in results)
        {
            foreach (var row in result.Summary)
            {
                var ratio = row.Unit == "ratio";
                table.Add([result.Strategy, row.Metric, row.Scope, row.Unit, row.Count.ToString("#,0", CultureInfo.InvariantCulture),
                    .. new[] { row.Mean, row.P50, row.P90, row.P99, row.P999, row.Max }.Select(v => v is { } x ? Number(x, ratio) : "")]);
            }
        }
        table.AppendTo(text);
        File.WriteAllText(Path.Combine(folder, FileName), text.ToString());
    }

    private static string Number(double value, bool ratio)
    {
        var text = value.ToString(ratio ? "0.000000" : "#,0.000", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
