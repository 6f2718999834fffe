using GeoSim.Reports.Tests.Contract;

namespace GeoSim.Cli.Tests;

/// <summary>Every scenario in Scenarios/ runs and writes an output folder that holds the contract.</summary>
public class ShippedScenarioTests
{
    private static IEnumerable<string> Scenarios() =>
        Directory.EnumerateFiles(Path.Combine(Cli.RepoRoot(), "Scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Cli.RepoRoot(), "Scenarios"), f))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Scenarios))]
    public void Runs_and_holds_the_output_contract(string scenario)
    {
        var dir = Path.Combine(Cli.TempDir(), "out");
        var (exit, output, err) = Cli.Run("run", Path.Combine(Cli.RepoRoot(), "Scenarios", scenario), "--out", dir);

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("fingerprint"));
        Assert.That(OutputContract.Check(dir, DocumentedMetrics.FromReadme(Path.Combine(Cli.RepoRoot(), "README.md"))), Is.Empty);
    }

    [Test]
    public void List_names_every_shipped_scenario_with_its_description()
    {
        var (exit, output, _) = Cli.Run("list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.Contain("quickstart").And.Contain("Three AWS regions"));
            Assert.That(output.Split('\n').Count(l => l.Length > 0), Is.GreaterThanOrEqualTo(Scenarios().Count()));
        });
    }

    [Test]
    public void Validate_accepts_every_shipped_scenario()
    {
        var files = Scenarios().Select(s => Path.Combine(Cli.RepoRoot(), "Scenarios", s)).ToArray();
        var (exit, _, err) = Cli.Run(["validate", .. files]);
        Assert.That(exit, Is.EqualTo(0), err);
    }
}
