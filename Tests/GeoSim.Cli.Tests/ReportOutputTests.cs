namespace GeoSim.Cli.Tests;

/// <summary>`geosim run` writes the charts and report.html with the CSV files.</summary>
public class ReportOutputTests
{
    private static readonly string[] Charts = ["lag", "latency-cdf", "staleness-cdf", "availability", "conflicts", "cross-region-bytes", "throughput", "latency-quantiles"];

    [Test]
    public void A_run_writes_every_chart_and_the_report()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, err) = Cli.Run("run", "quickstart", "--out", dir, "--duration", "20s");

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.Multiple(() =>
        {
            foreach (var chart in Charts)
            {
                Assert.That(File.Exists(Path.Combine(dir, "charts", chart + ".png")), Is.True, chart);
                Assert.That(File.Exists(Path.Combine(dir, "charts", chart + ".svg")), Is.True, chart);
            }
            var html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.That(html, Does.Contain("<h1>quickstart</h1>").And.Contain("id=\"charts\"").And.Contain("id=\"timeline\""));
        });
    }

    [Test]
    public void Several_strategies_in_one_run_get_a_chart_set_each()
    {
        var dir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, err) = Cli.Run("run", "read-routing", "--out", dir, "--duration", "20s");

        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(Directory.GetFiles(Path.Combine(dir, "charts"), "lag-*.png").Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "lag-reads-at-primary.png", "lag-reads-local.png", "lag-reads-nearest.png" }));
    }
}
