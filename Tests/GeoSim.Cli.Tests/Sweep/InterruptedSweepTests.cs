namespace GeoSim.Cli.Tests.Sweep;

/// <summary>A sweep stopped by SIGTERM (a batch system's kill) keeps the runs it finished, and its retry runs only the rest.</summary>
public class InterruptedSweepTests
{
    private const int SigTerm = 15;

    [Test]
    public void A_killed_sweep_writes_the_runs_it_finished_and_a_retry_resumes_from_them()
    {
        var path = SweepFiles.Write("""
            scenario: quickstart
            seeds: 12
            set:
              duration: 20s
            metrics: [write_latency_ms.p99]
            """);
        var folder = Path.GetDirectoryName(path)!;
        using var sweep = GeoSimProcess.Start(folder, new Dictionary<string, string>(), "sweep", path, "--parallel", "1", "--out", "out");
        Assert.That(sweep.WaitForLine("done 2/12"), Is.True);
        sweep.Signal(SigTerm);
        var (exit, _, err, _) = sweep.Finish();
        var runJson = File.ReadAllText(Path.Combine(folder, "out", "run.json"));
        var done = int.Parse(System.Text.RegularExpressions.Regex.Match(runJson, "\"runs_done\": (\\d+)").Groups[1].Value);
        var analysedWhenPartial = File.Exists(Path.Combine(folder, "out", "sweep.csv"));

        var retry = Cli.Run("sweep", path, "--parallel", "1", "--out", Path.Combine(folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(143), err);
            Assert.That(done, Is.InRange(2, 11));
            Assert.That(runJson, Does.Contain("\"complete\": false"));
            Assert.That(analysedWhenPartial, Is.False, "no analysis of a partial sweep");
            Assert.That(retry.Out, Does.Contain($"{done} already done, reused; {12 - done} to run"));
            Assert.That(File.Exists(Path.Combine(folder, "out", "sweep.csv")), Is.True);
        });
    }
}
