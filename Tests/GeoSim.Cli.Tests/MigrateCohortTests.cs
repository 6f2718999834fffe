using System.Globalization;

namespace GeoSim.Cli.Tests;

/// <summary>The shipped migration scenario from the command line: the figures the README quotes, and the cut-over in events.csv.</summary>
public class MigrateCohortTests
{
    [Test]
    public void The_paced_copy_cuts_over_when_its_last_chunk_lands_and_no_op_times_out()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", Path.Combine(Cli.RepoRoot(), "Scenarios", "migrate-cohort.yaml"), "--out", dir, "--duration", "3m");

        Assert.That(exit, Is.EqualTo(0), err);
        var summary = File.ReadAllLines(Path.Combine(dir, "summary.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        string Cell(string strategy, string metric, int column) => summary.Single(r => r[0] == strategy && r[1] == metric && r[2] == "eu-profiles")[column];
        // 30,000 keys of 1 KB in chunks of 262 keys: 114 chunks paced at 5 Mbit/s, then the last
        // (132 keys) on the 20 Mbit/s link, then one trip from eu-west-1 (about 13 ms).
        var paced = 114 * (64 + 262 * 1000.0) * 8 / 5e6 + (64 + 132 * 1000.0) * 8 / 20e6;
        Assert.Multiple(() =>
        {
            foreach (var strategy in new[] { "pr-async", "mm-lww" })
            {
                var seconds = double.Parse(Cell(strategy, "migration_s", 5), CultureInfo.InvariantCulture);
                Assert.That(seconds, Is.InRange(paced, paced + 0.05), strategy);
                Assert.That(seconds.ToString("0.0", CultureInfo.InvariantCulture), Is.EqualTo("47.9"), "the README's figure");
                Assert.That(Cell(strategy, "migration_bytes", 4), Is.EqualTo((115 * 64 + 30_000 * 1000).ToString(CultureInfo.InvariantCulture)));
                Assert.That(Cell(strategy, "migration_timed_out_ops", 4), Is.EqualTo("0"));
            }
            var events = File.ReadAllLines(Path.Combine(dir, "events.csv"));
            Assert.That(events.Count(l => l.Contains(",migration-cut-over,", StringComparison.Ordinal)), Is.EqualTo(2), "one per strategy");
            Assert.That(output.Split('\n').Single(l => l.StartsWith("pr-async ", StringComparison.Ordinal)), Does.EndWith(" 0"), "no residency violation");
        });
    }
}
