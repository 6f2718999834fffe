using System.Text;

namespace GeoSim.Cli.Tests;

/// <summary>
/// A failure inside GeoSim (here: standard output breaks mid-run) is exit 1 with one paragraph that
/// says what failed, which scenario, fingerprint and seed, the command that reproduces it and
/// where to report it; the stack trace only with --verbose.
/// </summary>
public class InternalErrorTests
{
    [Test]
    public void A_failure_in_a_run_prints_the_paragraph_without_a_stack_trace()
    {
        var outDir = Path.Combine(Cli.TempDir(), "my out");
        var (exit, _, err) = Cli.RunWith(new BrokenWriter(), "run", "quickstart", "--seed", "7", "--duration", "20s", "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(err, Does.StartWith("geosim: internal error: IOException: the output stream broke"));
            Assert.That(err, Does.Contain($"command:  geosim run quickstart --seed 7 --duration 20s --out '{outDir}'"));
            Assert.That(err, Does.Contain($"scenario: quickstart  fingerprint {QuickstartFingerprint()}  seed 7"));
            Assert.That(err, Does.Contain("\"Reporting a bug\""));
            Assert.That(err, Does.Contain("--verbose"));
            Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(err, Does.Not.Contain("Unhandled exception"));
        });
    }

    [Test]
    public void With_verbose_the_stack_trace_follows()
    {
        var (exit, _, err) = Cli.RunWith(new BrokenWriter(), "run", "quickstart", "--duration", "20s", "--out", Path.Combine(Cli.TempDir(), "out"), "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(err, Does.Contain("seed 42"), "the scenario's own seed when none is given");
            Assert.That(err, Does.Contain("   at GeoSim.Cli."));
        });
    }

    [Test]
    public void A_command_without_a_scenario_says_so()
    {
        var (exit, _, err) = Cli.RunWith(new BrokenWriter(), "list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(err, Does.Contain("command:  geosim list"));
            Assert.That(err, Does.Contain("scenario: (none"));
        });
    }

    private static string QuickstartFingerprint()
    {
        var (_, output, _) = Cli.Run("validate", "quickstart");
        return output.Split("fingerprint ")[1].TrimEnd(')', '\n', '\r');
    }

    /// <summary>Standard output that fails as a closed pipe does.</summary>
    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("the output stream broke");
    }
}
