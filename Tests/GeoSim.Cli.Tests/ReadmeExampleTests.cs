namespace GeoSim.Cli.Tests;

/// <summary>
/// The README shows what a run of the quickstart prints: every headline line of that example
/// (all but the wall-time line, which depends on the machine) must be what the run prints now.
/// </summary>
public class ReadmeExampleTests
{
    [Test]
    public void The_quickstart_output_shown_in_the_readme_is_what_a_run_prints()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepoRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```\nscenario quickstart", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the README no longer shows a quickstart run");
        var block = readme[(start + 4)..readme.IndexOf("\n```", start + 4, StringComparison.Ordinal)].Split('\n');
        var shown = block.Where(l => !l.Contains("wall") && !l.StartsWith("results in", StringComparison.Ordinal)).ToList();

        var (exit, output, err) = Cli.Run("run", "--out", Path.Combine(Cli.TempDir(), "quickstart"));

        Assert.That(exit, Is.EqualTo(0), err);
        var printed = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(shown, Has.Count.GreaterThanOrEqualTo(6));
            foreach (var line in shown)
            {
                Assert.That(printed, Does.Contain(line), "the README's example shows a line the run does not print");
            }
        });
    }
}
