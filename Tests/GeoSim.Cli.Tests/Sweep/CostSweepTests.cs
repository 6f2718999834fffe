using System.Globalization;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>A sweep lists cost beside latency: storage per tier and egress come from the summary rows like any metric.</summary>
public class CostSweepTests
{
    [Test]
    public void A_sweep_over_the_warm_tiers_regions_reports_storage_cost_and_read_latency_by_tier()
    {
        var path = SweepFiles.Write("""
            scenario: tiering
            seeds: 1
            set:
              duration: 5s
              warmup: 1s
            vary:
              storage.tiers.warm.regions: [1, 2]
            metrics: [storage_gb.mean, storage_usd_per_month.mean, tier_read_latency_ms.mean, egress_usd_per_month.mean]
            """);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");

        var (exit, _, err) = Cli.Run("sweep", path, "--out", outDir);

        Assert.That(exit, Is.Zero, err);
        var runs = File.ReadAllLines(Path.Combine(outDir, "runs.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        double Value(string variant, string metric, string scope) =>
            double.Parse(runs.Single(f => f[1] == variant && f[6] == metric && f[7] == scope && f[8] == "mean")[9], CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            // The same seed draws the same ages: a second warm region stores the warm keys twice.
            Assert.That(Value("2", "storage_gb", "warm"), Is.EqualTo(2 * Value("1", "storage_gb", "warm")).Within(1e-9));
            Assert.That(Value("2", "storage_gb", "hot"), Is.EqualTo(Value("1", "storage_gb", "hot")));
            Assert.That(Value("2", "storage_usd_per_month", "all") - Value("1", "storage_usd_per_month", "all"),
                Is.EqualTo(Value("1", "storage_gb", "warm") * 0.023).Within(1e-5), "runs.csv rounds to 6 decimals");
            Assert.That(Value("2", "tier_read_latency_ms", "warm"), Is.LessThan(Value("1", "tier_read_latency_ms", "warm")), "eu-west-1's clients read warm keys locally");
            Assert.That(runs.Any(f => f[6] == "egress_usd_per_month"), Is.True);
        });
    }
}
