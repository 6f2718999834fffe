namespace GeoSim.Cli.Tests.Replay;

public class IncidentReplayTests
{
    private static readonly string GitHub = Path.Combine(Cli.RepoRoot(), "Scenarios", "incidents", "github-2018-10-21.yaml");

    [Test]
    public void The_GitHub_replay_tells_the_partition_then_the_promotion_then_the_unreplicated_writes()
    {
        var (exit, output, err) = Cli.Run("replay", GitHub, "--speed", "1", "--out", Path.Combine(Cli.TempDir(), "out"));

        Assert.That(exit, Is.EqualTo(0), err);
        var partition = output.IndexOf("fault         us-east-1: isolate for 43s", StringComparison.Ordinal);
        var promotion = output.IndexOf("promotion     us-west-2/", StringComparison.Ordinal);
        var unreplicated = output.IndexOf("unreplicated  us-east-1/0 had ", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(partition, Is.GreaterThan(0), output);
            Assert.That(promotion, Is.GreaterThan(partition), output);
            Assert.That(unreplicated, Is.GreaterThan(promotion), output);
            Assert.That(output[unreplicated..], Does.Match(@"^unreplicated  us-east-1/0 had [1-9]\d* write\(s\)"));
        });
    }

    [Test]
    public void Restricted_to_the_primary_s_region_nobody_is_promoted_and_nothing_is_lost()
    {
        var (exit, output, err) = Cli.Run("replay", GitHub, "--strategy", "promote-within-region", "--out", Path.Combine(Cli.TempDir(), "out"));

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("replaying promote-within-region"));
            Assert.That(output, Does.Not.Match(@"\d\.\d  promotion "));
            Assert.That(output, Does.Not.Match(@"\d\.\d  unreplicated "));
            Assert.That(output, Does.Not.Contain("lost update"));
        });
    }

    [Test]
    public void The_consensus_replay_tells_the_step_down_the_election_the_lease_expiry_and_that_nothing_was_lost()
    {
        var scenario = Path.Combine(Cli.RepoRoot(), "Scenarios", "incidents", "consensus-leader-cut-off.yaml");
        var (exit, output, err) = Cli.Run("replay", scenario, "--out", Path.Combine(Cli.TempDir(), "out"));

        Assert.That(exit, Is.EqualTo(0), err);
        var cut = output.IndexOf("fault          us-east-1: isolate for 20s", StringComparison.Ordinal);
        var stepDown = output.IndexOf("step-down      us-east-1/0 has not heard a majority", StringComparison.Ordinal);
        var elected = output.IndexOf("elected        ", StringComparison.Ordinal);
        var expired = output.IndexOf("lease-expired  us-east-1/0", StringComparison.Ordinal);
        var lease = output.IndexOf("lease          ", elected, StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(cut, Is.GreaterThan(0), output);
            Assert.That(stepDown, Is.GreaterThan(cut), output);
            Assert.That(elected, Is.GreaterThan(stepDown), output);
            Assert.That(expired, Is.GreaterThan(elected), output);
            Assert.That(lease, Is.GreaterThan(expired), "the new leader serves only after the old lease expired");
            Assert.That(output, Does.Contain("nothing acknowledged lost").And.Not.Contain("lost update"));
        });
    }
}
