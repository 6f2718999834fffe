namespace GeoSim.Cli.Tests;

/// <summary>SIGTERM and Ctrl-C stop a long run and write what was simulated, marked partial; exit 143 and 130.</summary>
public class SignalTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [TestCase(SigTerm, 143)]
    [TestCase(SigInt, 130)]
    public void A_signal_stops_a_long_run_and_writes_the_results_so_far_marked_partial(int signal, int exitCode)
    {
        var work = Cli.TempDir();
        var scenario = Path.Combine(Cli.RepoRoot(), "tools", "bench", "domain.yaml");
        using var run = GeoSimProcess.Start(work, new Dictionary<string, string>(), "run", scenario, "--out", "r");
        Assert.That(run.WaitForLine("scenario bench-domain"), Is.True, "the run started");
        // Start-up (the runtime, JIT, loading) takes about a second of processor time; past 3 s the
        // simulation has been running for a while, far from the hour's end.
        run.WaitForCpu(TimeSpan.FromSeconds(3));

        run.Signal(signal);
        var (exit, output, err, _) = run.Finish();

        var json = OutputFolderSafetyTests.RunJson(Path.Combine(work, "r"));
        var strategy = json.GetProperty("strategies")[0];
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(exitCode), err);
            Assert.That(json.GetProperty("partial").GetBoolean(), Is.True);
            Assert.That(strategy.GetProperty("completed").GetBoolean(), Is.False);
            Assert.That(strategy.GetProperty("simulated_seconds").GetDouble(), Is.GreaterThan(0).And.LessThan(3600));
            Assert.That(output, Does.Contain("(partial: stopped at"));
        });
    }

    [Test]
    public void A_signal_while_the_results_are_written_lets_a_complete_run_say_it_is_complete()
    {
        var work = Cli.TempDir();

        var run = GeoSimProcess.Run(work, new Dictionary<string, string> { ["GEOSIM_FAULT_AT"] = "WriteFiles:sigterm" },
            "run", "quickstart", "--duration", "20s", "--out", "r");

        var json = OutputFolderSafetyTests.RunJson(Path.Combine(work, "r"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(143), run.Err);
            Assert.That(json.GetProperty("partial").GetBoolean(), Is.False, "every event of the 20 s was simulated");
            Assert.That(json.GetProperty("strategies")[0].GetProperty("simulated_seconds").GetDouble(), Is.EqualTo(20));
        });
    }
}
