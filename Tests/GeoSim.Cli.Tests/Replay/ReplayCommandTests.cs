namespace GeoSim.Cli.Tests.Replay;

public class ReplayCommandTests
{
    private static readonly string Partition = Path.Combine(Cli.RepoRoot(), "Scenarios", "faults-partition.yaml");

    [Test]
    public void Redirected_replay_prints_the_timeline_at_once_then_writes_the_report_folder()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("replay", Partition, "--speed", "0.001", "--out", dir);

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("01:00.0  fault    us-east-1<->us-west-2: partition for 43s"));
            Assert.That(output, Does.Contain("us-west-2 writes unavailable (availability 0 %)"));
            Assert.That(output, Does.Contain("us-west-2 caught up"));
            Assert.That(output, Does.Not.Contain("\e["), "no terminal codes in redirected output");
            Assert.That(output, Does.Contain($"results in {dir}"));
            Assert.That(File.Exists(Path.Combine(dir, "report.html")), Is.True);
            Assert.That(File.Exists(Path.Combine(dir, "charts", "lag.png")), Is.True);
            // The teaching player, with the scenario's captions and the timeline's metric lines as its narration.
            var player = File.ReadAllText(Path.Combine(dir, "player.html"));
            Assert.That(player, Does.Contain("[60,\"narrative\",\"\",\"The link between the two regions is cut; replication and cross-region requests stop.\"]"));
            Assert.That(player, Does.Contain("\"said\":[[61,\"writes\",\"us-west-2 writes unavailable (availability 0 %)\"]"));
        });
    }

    [TestCase("--speed", "10", "--step")]
    [TestCase("--speed", "0")]
    [TestCase("--speed", "-2")]
    [TestCase("--strategy", "no-such-label")]
    public void Bad_pacing_or_an_unknown_strategy_is_bad_input(params string[] options)
    {
        var (exit, _, err) = Cli.Run(["replay", Partition, "--out", Path.Combine(Cli.TempDir(), "out"), .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.StartWith("geosim: --"));
        });
    }
}
