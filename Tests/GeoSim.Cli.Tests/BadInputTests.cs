namespace GeoSim.Cli.Tests;

public class BadInputTests
{
    [Test]
    public void A_bad_scenario_exits_2_with_file_line_and_column()
    {
        var dir = Cli.TempDir();
        var file = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(file, "name: bad\nduration: 40\nregions:\n  - name: a\n");

        var (exit, _, err) = Cli.Run("run", file, "--out", Path.Combine(dir, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain($"{file}:2:11"));
            Assert.That(err, Does.Contain("needs a unit"));
            Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(Directory.Exists(Path.Combine(dir, "out")), Is.False, "nothing written");
        });
    }

    [TestCase("residency-forbidden-cascade.yaml", "eu-profiles would be replicated to us-east-1 by the chain of cascade 'cascade' at line 26")]
    [TestCase("residency-quorum-outside.yaml",
        "eu-profiles would have no replicas under quorum 'q' at line 26: none of its regions (eu-west-1, eu-central-1) is in the placement (us-east-1)")]
    public void A_strategy_that_cannot_keep_a_data_class_in_its_residency_is_refused_by_validate(string fixture, string message)
    {
        var file = Path.Combine(Cli.RepoRoot(), "Tests", "GeoSim.Cli.Tests", "Fixtures", fixture);

        var (exit, _, err) = Cli.Run("validate", file);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain($"{file}:23:16: error: {message}"));
        });
    }

    [Test]
    public void A_missing_file_exits_2()
    {
        var (exit, _, err) = Cli.Run("run", "no-such-scenario.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("no-such-scenario.yaml"));
        });
    }

    [TestCase("run", "--seed", "abc")]
    [TestCase("frobnicate")]
    [TestCase("run", "--no-such-option")]
    public void Command_line_misuse_exits_2(params string[] args)
    {
        var (exit, _, err) = Cli.Run(args);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Is.Not.Empty);
        });
    }

    [Test]
    public void A_bad_duration_override_exits_2()
    {
        var (exit, _, err) = Cli.Run("run", "quickstart", "--duration", "40", "--out", Path.Combine(Cli.TempDir(), "out"));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("unit"));
        });
    }

    [Test]
    public void A_failed_run_leaves_earlier_results_intact()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");
        Assert.That(Cli.Run("run", "quickstart", "--duration", "20s", "--out", dir).Exit, Is.EqualTo(0));
        var before = File.ReadAllBytes(Path.Combine(dir, "summary.csv"));

        var (exit, _, _) = Cli.Run("run", "quickstart", "--duration", "0s", "--out", dir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(File.ReadAllBytes(Path.Combine(dir, "summary.csv")), Is.EqualTo(before));
        });
    }
}
