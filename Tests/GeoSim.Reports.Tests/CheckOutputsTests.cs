using System.Text.RegularExpressions;
using GeoSim.Core.Metrics;
using GeoSim.Reports.Tests.Contract;

namespace GeoSim.Reports.Tests;

/// <summary>
/// The output contract (Contract/OutputContract) holds for folders the writers produce from real
/// runs, and reports each planted violation, so the writers and the documented format cannot drift apart.
/// </summary>
public sealed class CheckOutputsTests : ScratchFolderTest
{
    private static IReadOnlySet<string> Metrics => DocumentedMetrics.FromReadme(Path.Combine(SimulatedRuns.RepoRoot(), "README.md"));

    [Test]
    public void A_run_of_one_strategy_holds_the_contract() =>
        Assert.That(OutputContract.Check(Write(SimulatedRuns.Quickstart), Metrics), Is.Empty);

    [Test]
    public void A_run_of_two_strategies_with_faults_holds_the_contract() =>
        Assert.That(OutputContract.Check(Write(SimulatedRuns.Faulty), Metrics), Is.Empty);

    private static IEnumerable<TestCaseData> Violations()
    {
        yield return Case("summary.csv", t => Regex.Replace(t, @"(\n[^,\n]+,write_latency_ms,[^,]+,ms,[0-9]+,[0-9]+)\.", "$1,"), "summary.csv:2: 12 fields, expected 11");
        yield return Case("summary.csv", t => Regex.Replace(t, @"(\n[^,\n]+,write_latency_ms,[^,]+,ms,[0-9]+,)([0-9]+)\.([0-9]+)", "$1\"$2,$3\""), "is not a finite number written with '.'");
        yield return Case("summary.csv", t => t.Replace(",write_latency_ms,", ",write_latency_s,"), "metric 'write_latency_s' is not defined in the README");
        yield return Case("summary.csv", t => Regex.Replace(t, @"\n([^,\n]+,availability,[^,]+,ratio,[0-9]+),[^,]+,", "\n$1,1.5,"), "of a ratio is outside [0, 1]");
        yield return Case("summary.csv", t => Regex.Replace(t, @"\n([^,\n]+,write_latency_ms,[^,]+,ms,[0-9]+,[^,]+),[^,]+,", "\n$1,99999,"), "percentiles go down");
        yield return Case("summary.csv", t => t.Replace("p999", "p99.9"), "summary.csv: header is");
        yield return Case("timeseries.csv", t => t.Replace("\n", "\n" + t.Split('\n')[1] + "\n", StringComparison.Ordinal), "goes back or repeats");
        yield return Case("timeseries.csv", t => Regex.Replace(t, @"\n([^,\n]+,)([0-9]+),", "\n$1NaN,"), "time_s 'NaN' is not a finite number");
        yield return Case("timeseries-units.csv", t => t.Replace(",ratio,share", ",ms,share"), "timeseries-units.csv: ");
        yield return Case("timeseries-units.csv", t => t[..t.TrimEnd('\n').LastIndexOf('\n')] + "\n", "does not name the series of timeseries.csv");
        yield return Case("histograms.csv", t => t.Replace("\n", "\n" + t.Split('\n')[1] + "\n", StringComparison.Ordinal), "is out of order");
        yield return Case("histograms.csv", t => t.Replace(",write_latency_ms,us-east-1,ms,", ",write_latency_ms,us-east-1,s,", StringComparison.Ordinal), "in another unit");
        yield return Case("events.csv", t => t + "someone-else,1,fault,all,x\n", "strategy 'someone-else' is not in run.json");
        yield return Case("run.json", t => t.Replace("\"seed\"", "\"seeds\""), "run.json lacks seed");
        yield return Case("run.json", t => Regex.Replace(t, "\"fingerprint\": \"[0-9a-f]+\"", "\"fingerprint\": \"xyz\""), "fingerprint 'xyz' is not 16 hex digits");
        yield return Case("report.html", t => t.Replace("</body>", "<img src=\"https://example.com/a.png\"></body>"), "src=\"https://example.com/a.png\" is neither an anchor nor a chart");
        yield return Case("report.html", t => t.Replace("id=\"timeline\"", ""), "report.html lacks id=\"timeline\"");
        yield return Case("charts/lag.png", _ => "not a picture", "charts/lag.png is not a PNG");
        yield return Case("charts/conflicts.svg", null, "charts/conflicts.svg is missing or not SVG");
        yield return Case("charts/availability.png", null, "charts/availability.png is missing");
    }

    [TestCaseSource(nameof(Violations))]
    public void A_planted_violation_is_reported(string file, Func<string, string>? edit, string expected)
    {
        var folder = Write([SimulatedRuns.Faulty[0]]);
        var path = Path.Combine(folder, file);
        var before = File.ReadAllText(path);
        if (edit is null)
        {
            File.Delete(path);
        }
        else
        {
            var after = edit(before);
            Assert.That(after, Is.Not.EqualTo(before), "the edit must change the file");
            File.WriteAllText(path, after);
        }

        Assert.That(OutputContract.Check(folder, Metrics), Has.Some.Contains(expected));
    }

    private static TestCaseData Case(string file, Func<string, string>? edit, string expected) =>
        new TestCaseData(file, edit, expected).SetArgDisplayNames(file, expected);

    private string Write(IReadOnlyList<RunResult> results)
    {
        var header = SimulatedRuns.Header(results[0]);
        OutputFolder.Write(_scratch.Out, results, SampleResults.Info(), ReportParts.ForRun(header, results));
        return _scratch.Out;
    }
}
