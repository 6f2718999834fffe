using System.Globalization;
using GeoSim.Cli.Tests.Sweep;

namespace GeoSim.Cli.Tests.Advise;

/// <summary>
/// <c>geosim advise</c> end to end on a small scenario: async against sync primary-replica, 8 simulated
/// seconds, 3 seeds. The advice is checked against the sweep's own sweep.csv, and the folder is the
/// same bytes for any thread count.
/// </summary>
public class AdviseCommandTests
{
    private const string Slo = "write_latency_ms.p99<=100, lost_updates.count==0, availability.mean>=99%";

    [Test]
    public void Advise_recommends_what_meets_every_target_and_names_the_runs_behind_it()
    {
        var (scenario, folder) = SmallScenario();
        var outDir = Path.Combine(folder, "advice");

        var (exit, output, err) = Cli.Run("advise", scenario, "--slo", Slo, "--try", "strategy=async,sync", "--seeds", "3", "--out", outDir);

        Assert.That(exit, Is.Zero, err);
        // The interval of write p99 per strategy, read back from sweep.csv: async is inside 100 ms, sync (a round trip to Singapore) is not.
        var p99 = SweepRows(outDir).Where(f => f[2] == "write_latency_ms" && f[3] == "p99" && f[4] == "all").ToDictionary(f => f[1]);
        Assert.Multiple(() =>
        {
            Assert.That(double.Parse(p99["async"][9], CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(100));
            Assert.That(double.Parse(p99["sync"][8], CultureInfo.InvariantCulture), Is.GreaterThan(100));
            Assert.That(output, Does.Contain("sweep advise-small: 2 variants x 3 seeds = 6 runs"));
            Assert.That(output, Does.Contain($"meet every target, best first by lowest write_latency_ms.p99:\n  1. strategy=async: write_latency_ms.p99 {Number(p99["async"][6])} (95 % CI"));
            Assert.That(output, Does.Contain("; runs 1 to 3 (seeds 1 to 3)"));
            Assert.That(output, Does.Contain("miss a target:\n  strategy=sync; runs 4 to 6 (seeds 1 to 3):\n    write_latency_ms.p99<=100: "));
            // No failover: nothing can be lost, so async is faster at no loss and alone on the front.
            Assert.That(output, Does.Contain($"Pareto front of write_latency_ms.p99 against lost_updates.count (lower is better on both):\n  strategy=async: {Number(p99["async"][6])} ms, 0 lost; runs 1 to 3"));
            Assert.That(output.TrimEnd(), Does.EndWith("every run in " + Path.Combine(outDir, "runs.csv")));
            Assert.That(File.ReadAllText(Path.Combine(outDir, "advice.txt")).TrimEnd('\n'), Is.EqualTo(AdviceLines(output)), "advice.txt is what was printed");
            Assert.That(File.Exists(Path.Combine(outDir, "charts", "pareto.png")), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(outDir, "charts", "pareto.svg")), Does.Contain("Write latency against lost updates: small"));
            Assert.That(File.ReadAllText(Path.Combine(outDir, "run.json")), Does.Contain("\"advice.csv\"").And.Contain("\"charts/pareto.svg\""),
                "the advice files are GeoSim's, listed in the folder's marker");
        });
        var csv = File.ReadAllLines(Path.Combine(outDir, "advice.csv"));
        Assert.That(csv[0], Is.EqualTo("variant,strategy,target,n,mean,ci95_low,ci95_high,met,runs,seeds"));
        Assert.That(csv.Skip(1).Select(l => string.Join(",", l.Split(',') is var f ? [f[1], f[2], f[3], f[7], f[8]] : [])), Is.EqualTo(new[]
        {
            "async,write_latency_ms.p99<=100,3,yes,1 to 3", "async,lost_updates.count==0,3,yes,1 to 3", "async,availability.mean>=99%,3,yes,1 to 3",
            "sync,write_latency_ms.p99<=100,3,no,4 to 6", "sync,lost_updates.count==0,3,yes,4 to 6", "sync,availability.mean>=99%,3,yes,4 to 6",
        }));
    }

    [Test]
    public void The_advice_folder_is_the_same_bytes_for_one_and_two_threads_and_a_rerun_reuses_every_run()
    {
        var (scenario, folder) = SmallScenario();
        string[] Args(string threads, string dir) => ["advise", scenario, "--slo", Slo, "--try", "strategy=async,sync", "--seeds", "2", "--parallel", threads, "--out", dir];

        var one = Cli.Run(Args("1", Path.Combine(folder, "one")));
        var two = Cli.Run(Args("2", Path.Combine(folder, "two")));
        var again = Cli.Run(Args("2", Path.Combine(folder, "two")));

        Assert.That((one.Exit, two.Exit, again.Exit), Is.EqualTo((0, 0, 0)), one.Err + two.Err + again.Err);
        SweepFiles.AssertSameFiles(Path.Combine(folder, "one"), Path.Combine(folder, "two"));
        Assert.That(again.Out, Does.Contain("4 already done, reused; 0 to run"));
        Assert.That(AdviceLines(again.Out), Is.EqualTo(AdviceLines(one.Out)));
    }

    [TestCase("--slo", "write_latency_ms.p99<=150, lost_update.count==0", "geosim: --slo \"write_latency_ms.p99<=150, lost_update.count==0\": at column 28: unknown metric 'lost_update'; did you mean 'lost_updates'?")]
    [TestCase("--try", "replication", "geosim: --try replication: expected KEY=VALUE")]
    [TestCase("--objective", "best", "geosim: --objective best: unknown metric 'best'")]
    [TestCase("--seeds", "0", "geosim: --seeds 0: expected a whole number from 1 to")]
    public void Bad_targets_tries_objectives_and_seeds_are_exit_2_before_anything_runs(string option, string value, string message)
    {
        var (scenario, folder) = SmallScenario();
        var args = new List<string> { "advise", scenario, "--slo", "write_latency_ms.p99<=150", "--try", "strategy=async", "--out", Path.Combine(folder, "o") };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output, err) = Cli.Run([.. args]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.StartWith(message));
            Assert.That(err, Does.Not.Contain("   at "));
            Assert.That(output, Is.Empty);
            Assert.That(Directory.Exists(Path.Combine(folder, "o")), Is.False);
        });
    }

    [Test]
    public void A_tried_value_the_scenario_rejects_is_reported_at_its_try_and_column()
    {
        var (scenario, folder) = SmallScenario();

        var (exit, _, err) = Cli.Run("advise", scenario, "--slo", "write_latency_ms.p99<=150", "--try", "strategy=async",
            "--try", "strategies[0].replication=async,eventually", "--out", Path.Combine(folder, "o"));

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.StartWith("--try:2:33: error: ").And.Contain("eventually"));
    }

    /// <summary>primary-replica-sync-vs-async cut to 8 simulated seconds, in a fresh folder.</summary>
    private static (string Scenario, string Folder) SmallScenario()
    {
        var text = File.ReadAllText(Path.Combine(Cli.RepoRoot(), "Scenarios", "primary-replica-sync-vs-async.yaml"))
            .Replace("duration: 2m", "duration: 8s").Replace("warmup: 10s", "warmup: 1s");
        var folder = Cli.TempDir();
        var path = Path.Combine(folder, "small.yaml");
        File.WriteAllText(path, text);
        return (path, folder);
    }

    private static IEnumerable<string[]> SweepRows(string outDir) =>
        File.ReadAllLines(Path.Combine(outDir, "sweep.csv")).Skip(1).Select(l => l.Split(','));

    /// <summary>The advice block of the output: from "targets:" to the line before the chart line.</summary>
    private static string AdviceLines(string output)
    {
        var start = output.IndexOf("targets:", StringComparison.Ordinal);
        var end = output.LastIndexOf("\n\nchart ", StringComparison.Ordinal);
        return output[start..end];
    }

    private static string Number(string csv) => double.Parse(csv, CultureInfo.InvariantCulture).ToString("0.###", CultureInfo.InvariantCulture);
}
