using System.Globalization;

namespace GeoSim.Cli.Tests;

public class CompareTests
{
    private static readonly string ReadRouting = Path.Combine(Cli.RepoRoot(), "Scenarios", "read-routing.yaml");
    private static readonly string[] Labels = ["reads-at-primary", "reads-local", "reads-nearest"];

    /// <summary>
    /// The workload is the same: every strategy is judged on exactly the same client ops (those
    /// whose timeout falls within the run), and the same fault and caption rows.
    /// </summary>
    [Test]
    public void Strategies_see_the_same_client_ops_and_the_same_faults()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", ReadRouting, "--out", dir, "--duration", "40s");

        Assert.That(exit, Is.EqualTo(0), err);
        var summary = Rows(dir, "summary.csv");
        Dictionary<string, double> Column(string metric, int column) =>
            summary.Where(r => r[1] == metric && r[2] == "all").ToDictionary(r => r[0], r => double.Parse(r[column], CultureInfo.InvariantCulture));
        var writes = Column("write_availability", 4);
        var reads = Column("read_availability", 4);
        Assert.Multiple(() =>
        {
            Assert.That(writes.Keys, Is.EqualTo(Labels));
            Assert.That(writes.Values.Distinct().Count(), Is.EqualTo(1), string.Join(", ", writes));
            Assert.That(reads.Values.Distinct().Count(), Is.EqualTo(1), string.Join(", ", reads));
            var faults = Labels.Select(l => Rows(dir, "events.csv").Where(r => r[0] == l).Select(r => string.Join(",", r.Skip(1))).ToList()).ToList();
            Assert.That(faults[1], Is.EqualTo(faults[0]));
            Assert.That(faults[2], Is.EqualTo(faults[0]));
            foreach (var label in Labels)
            {
                Assert.That(output, Does.Contain(label));
            }
        });
    }

    [Test]
    public void It_writes_the_compare_charts_and_the_report_and_prints_a_table()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", ReadRouting, "--out", dir, "--duration", "20s");

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.Multiple(() =>
        {
            foreach (var chart in new[] { "compare-lag", "compare-latency-cdf", "compare-availability" })
            {
                Assert.That(File.Exists(Path.Combine(dir, "charts", chart + ".png")), Is.True, chart);
                Assert.That(File.Exists(Path.Combine(dir, "charts", chart + ".svg")), Is.True, chart);
            }
            Assert.That(File.ReadAllText(Path.Combine(dir, "report.html")), Does.Contain("id=\"summary\""));
            Assert.That(output, Does.Contain("strategy").And.Contain("write p99").And.Contain("cross-region GB"));
            // No strategy records lost updates or conflicts yet: shown as absent, not as zero.
            Assert.That(output.Split('\n').Single(l => l.StartsWith("reads-local", StringComparison.Ordinal)), Does.Contain(" - "));
        });
    }

    [Test]
    public void The_table_has_read_latency_and_every_cell_sits_under_its_heading()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", ReadRouting, "--out", dir, "--duration", "20s");

        Assert.That(exit, Is.EqualTo(0), err);
        var lines = output.Split('\n');
        var heading = lines.Single(l => l.StartsWith("strategy ", StringComparison.Ordinal));
        var rows = lines.Where(l => Labels.Any(label => l.StartsWith(label + " ", StringComparison.Ordinal))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(heading, Does.Contain("read p50").And.Contain("read p99").And.Contain("lag where"));
            Assert.That(rows, Has.Count.EqualTo(3));
            // Numbers end where their heading ends; "lag where" starts where its heading starts.
            foreach (var column in new[] { "write p99", "read p99", "worst lag", "stale reads" })
            {
                var end = heading.IndexOf(column, StringComparison.Ordinal) + column.Length;
                Assert.That(rows.Select(r => r[end - 1] != ' ' && (end == r.Length || r[end] == ' ')), Is.All.True, column);
            }
            var where = heading.IndexOf("lag where", StringComparison.Ordinal);
            Assert.That(rows.Select(r => r[where] != ' ' && r[where - 1] == ' '), Is.All.True, "lag where");
        });
    }

    [Test]
    public void Storage_usd_per_month_is_shown_beside_egress_only_when_storage_has_a_price()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", Path.Combine(Cli.RepoRoot(), "Scenarios", "tiering.yaml"), "--out", dir, "--duration", "15s");

        Assert.That(exit, Is.EqualTo(0), err);
        var usd = double.Parse(Rows(dir, "summary.csv").Single(r => r[1] == "storage_usd_per_month" && r[2] == "all")[5], CultureInfo.InvariantCulture);
        var lines = output.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Single(l => l.StartsWith("strategy", StringComparison.Ordinal)), Does.EndWith("egress USD/month  storage USD/month"));
            Assert.That(lines.Single(l => l.StartsWith("primary-replica", StringComparison.Ordinal)), Does.EndWith(" " + usd.ToString("#,0.00", CultureInfo.InvariantCulture)));
            var readRouting = Cli.Run("compare", ReadRouting, "--out", Path.Combine(Cli.TempDir(), "rr"), "--duration", "5s");
            Assert.That(readRouting.Out, Does.Not.Contain("storage USD/month"));
        });
    }

    [Test]
    public void Residency_violations_are_shown_only_when_the_scenario_has_data_classes()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, err) = Cli.Run("compare", Path.Combine(Cli.RepoRoot(), "Scenarios", "residency-gdpr.yaml"), "--out", dir, "--duration", "2m");

        Assert.That(exit, Is.EqualTo(0), err);
        string Violations(string strategy) => Rows(dir, "summary.csv").Single(r => r[0] == strategy && r[1] == "residency_violations" && r[2] == "all")[4];
        var lines = output.Split('\n');
        string Line(string strategy) => lines.Single(l => l.StartsWith(strategy + " ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Single(l => l.StartsWith("strategy", StringComparison.Ordinal)), Does.EndWith("egress USD/month  residency violations"));
            Assert.That(Violations("pr-async"), Is.EqualTo("0"));
            Assert.That(Violations("mm-lww"), Is.EqualTo("0"));
            Assert.That(Violations("q-local-quorum"), Is.EqualTo("0"));
            Assert.That(long.Parse(Violations("pr-failover"), CultureInfo.InvariantCulture), Is.GreaterThan(0), "the failover promotes a replica in us-east-1");
            foreach (var strategy in new[] { "pr-async", "pr-failover", "mm-lww", "q-local-quorum" })
            {
                Assert.That(Line(strategy), Does.EndWith(" " + Violations(strategy)));
            }
            var readRouting = Cli.Run("compare", ReadRouting, "--out", Path.Combine(Cli.TempDir(), "rr"), "--duration", "5s");
            Assert.That(readRouting.Out, Does.Not.Contain("residency violations"));
        });
    }

    [Test]
    public void Named_strategies_run_in_the_order_given()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, err) = Cli.Run("compare", ReadRouting, "--out", dir, "--duration", "20s", "--strategies", "reads-nearest, reads-at-primary");

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(Rows(dir, "summary.csv").Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "reads-nearest", "reads-at-primary" }));
    }

    [Test]
    public void An_unknown_label_is_bad_input_that_lists_the_valid_ones()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, err) = Cli.Run("compare", ReadRouting, "--out", dir, "--strategies", "reads-local,reads-everywhere");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("'reads-everywhere'"));
            foreach (var label in Labels)
            {
                Assert.That(err, Does.Contain(label));
            }
            Assert.That(Directory.Exists(dir), Is.False, "nothing is written for bad input");
        });
    }

    private static List<string[]> Rows(string dir, string file) =>
        File.ReadAllLines(Path.Combine(dir, file)).Skip(1).Select(l => l.Split(',')).ToList();
}
