namespace GeoSim.Cli.Tests.Sweep;

/// <summary>Bad sweep files are refused before anything runs, each problem at its line and column in the sweep file.</summary>
public class SweepFileErrorTests
{
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  workload.clientz[0].rate: [1/s]\n", "4:12: error: workload.clientz[0].rate: workload has no key 'clientz'; did you mean 'clients'?")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  workload.clients[7].rate: [1/s]\n", "4:19: error: workload.clients[7].rate: workload.clients has 3 item(s): [7] is past its end")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  workload.clients[1].rate: [100/s, 10/parsec]\n", "4:37: error: '10/parsec' has an unknown unit '/parsec'")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  network.links[1].latency: [\"20ms\", 5qs]\n", "4:38: error: '5qs' has an unknown unit 'qs'")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  workload: [a]\n", "4:3: error: workload: workload is a mapping in the scenario")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  strategies: [primary-replica, nope]\n", "4:33: error: strategies: the scenario has no strategy labelled 'nope'")]
    [TestCase("scenario: quickstart\nseeds: 0\n", "2:8: error: seeds: 0: expected a whole number")]
    [TestCase("scenario: quickstart\nseeds: [1, 1]\n", "2:12: error: seed 1 is listed twice")]
    [TestCase("scenario: quickstart\nseed: 2\n", "2:1: error: unknown key 'seed'; did you mean 'seeds'?")]
    [TestCase("scenario: quickstar\nseeds: 2\n", "1:11: error: scenario: quickstar: no such file beside the sweep file, and no shipped scenario of that name; did you mean 'quickstart'?")]
    [TestCase("scenario: quickstart\nseeds: 2\nmetrics: [write_latency_ms.p98]\n", "3:28: error: metrics: 'write_latency_ms.p98': write METRIC.STATISTIC")]
    [TestCase("scenario: quickstart\nseeds: 2\nmetrics: [write_latncy_ms.p99]\n", "3:11: error: metrics: unknown metric 'write_latncy_ms'; did you mean 'write_latency_ms'?")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  workload..keys: [1]\n", "4:12: error: workload..keys: an empty key in the path")]
    [TestCase("scenario: quickstart\nseeds: 2\nset:\n  duration: [1s, 2s]\n", "4:13: error: duration: set: takes one value")]
    [TestCase("scenario: quickstart\nseeds: 2\nvary:\n  duration: [1s, 1s]\n", "4:18: error: duration: value '1s' is listed twice")]
    public void A_bad_sweep_file_is_an_error_at_its_line_and_column_and_nothing_runs(string text, string expected)
    {
        var path = SweepFiles.Write(text);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");

        var (exit, output, err) = Cli.Run("sweep", path, "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), err);
            Assert.That(err, Does.Contain($"{path}:{expected}"));
            Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(output, Is.Empty, "nothing may run");
            Assert.That(Directory.Exists(outDir), Is.False);
        });
    }

    [Test]
    public void A_variant_that_breaks_a_rule_elsewhere_in_the_scenario_is_reported_there_with_the_variant_named()
    {
        // The quickstart's warmup is 10 s: a 5 s duration makes it too long, at the warmup's line of the scenario.
        var path = SweepFiles.Write("scenario: quickstart\nseeds: 2\nvary:\n  duration: [5s, 20s]\n");

        var (exit, _, err) = Cli.Run("sweep", path, "--out", Path.Combine(Path.GetDirectoryName(path)!, "out"));

        var scenario = Path.Combine(TestContext.CurrentContext.TestDirectory, "Scenarios", "quickstart.yaml");
        var warmupLine = File.ReadAllLines(scenario).ToList().FindIndex(l => l.StartsWith("warmup:", StringComparison.Ordinal)) + 1;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Match($@"quickstart\.yaml:{warmupLine}:\d+: error: .*(in the sweep's variant duration=5s)"));
            Assert.That(err, Does.Not.Contain("duration=20s"), "the valid variant is not blamed");
        });
    }

    [TestCase("--shard", "4/3", "--shard 4/3: I must be from 1 to N")]
    [TestCase("--shard", "1-3", "--shard 1-3: expected I/N")]
    [TestCase("--parallel", "0", "--parallel 0: must be at least 1")]
    public void A_bad_option_is_refused(string option, string value, string expected)
    {
        var path = SweepFiles.Write(SweepFiles.Small);

        var (exit, _, err) = Cli.Run("sweep", path, option, value, "--out", Path.Combine(Path.GetDirectoryName(path)!, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain(expected));
        });
    }
}
