using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests.Workload;

/// <summary>Storage tiers as a read path: shares by the age distribution, latencies and storage in closed form.</summary>
public class TieringTests
{
    private const double Day = 86_400e9;
    private static readonly RegionId A = TestRegions.A, B = TestRegions.B;

    /// <summary>Hot under 30 d; warm under 365 d, kept in b (20 ms first byte); cold in a and b (200 ms).</summary>
    private static StorageSpec Tiers(Distribution keyAge) => new(keyAge,
    [
        new TierSpec(StorageTier.Hot, SimDuration.FromSeconds(30 * 86_400), null, new ConstantDistribution(0)),
        new TierSpec(StorageTier.Warm, SimDuration.FromSeconds(365 * 86_400), [B], new ConstantDistribution(20e6)),
        new TierSpec(StorageTier.Cold, null, [A, B], new ConstantDistribution(200e6)),
    ]);

    /// <summary>Reads only, uniform over <paramref name="keys"/>, from clients in a; the primary is in a; 40 ms one way between a and b.</summary>
    private static ScenarioSpec Scenario(int keys, double rate, Distribution keyAge, double readFraction = 1, double durationS = 60)
    {
        var scenario = TestScenarios.TwoRegions(rate: rate, readFraction: readFraction, durationS: durationS);
        return scenario with
        {
            Workload = scenario.Workload with { Keys = keys },
            Storage = Tiers(keyAge),
            Cost = new CostSpec([0, 0.02, 0.02, 0], [0.10, 0.023, 0.004]),
        };
    }

    [Test]
    public void The_share_of_reads_per_tier_is_the_age_distribution_at_the_tier_boundaries()
    {
        const int keys = 100_000;
        var result = TestScenarios.Run(Scenario(keys, rate: 1000, new ExponentialDistribution(90 * Day)));
        var expected = new Dictionary<string, double>
        {
            ["hot"] = 1 - Math.Exp(-30.0 / 90),
            ["warm"] = Math.Exp(-30.0 / 90) - Math.Exp(-365.0 / 90),
            ["cold"] = Math.Exp(-365.0 / 90),
        };
        Assert.Multiple(() =>
        {
            foreach (var (tier, p) in expected)
            {
                var row = result.Row(MetricNames.TierReadShare, tier);
                // Two binomial draws: which keys are in the tier (keys), and which keys are read (reads).
                var sigma = Math.Sqrt(p * (1 - p) / keys + p * (1 - p) / row.Count);
                Assert.That(row.Count, Is.GreaterThan(50_000), "reads judged");
                Assert.That(row.Mean, Is.EqualTo(p).Within(4.5 * sigma), tier);
            }
        });
    }

    [Test]
    public void A_read_pays_the_round_trip_to_the_nearest_region_holding_its_tier_plus_its_read_latency()
    {
        // Ages uniform over 0-730 d: every tier gets reads. Intra-region latency is 0.
        var result = TestScenarios.Run(Scenario(1000, rate: 200, new UniformDistribution(0, 730 * Day)));
        Assert.Multiple(() =>
        {
            foreach (var (tier, ms) in new[] { ("hot", 0.0), ("warm", 2 * 40 + 20.0), ("cold", 200.0) })
            {
                var row = result.Row(MetricNames.TierReadLatency, tier);
                Assert.That(row.Count, Is.GreaterThan(100), tier);
                Assert.That(row.Mean, Is.EqualTo(ms).Within(1e-9), $"{tier} mean");
                Assert.That(row.Max, Is.EqualTo(ms).Within(1e-9), $"{tier} max");
            }
            Assert.That(result.Row(MetricNames.ReadAvailability, MetricNames.AllScope).Mean, Is.EqualTo(1));
        });
    }

    [Test]
    public void Each_tier_stores_its_keys_times_the_value_size_times_its_regions_at_its_price()
    {
        const int keys = 20_000;
        var result = TestScenarios.Run(Scenario(keys, rate: 10, new ExponentialDistribution(90 * Day)));
        var copies = new Dictionary<string, int> { ["hot"] = 2, ["warm"] = 1, ["cold"] = 2 };
        var price = new Dictionary<string, double> { ["hot"] = 0.10, ["warm"] = 0.023, ["cold"] = 0.004 };
        Assert.Multiple(() =>
        {
            var total = 0.0;
            foreach (var tier in copies.Keys)
            {
                var gb = result.Row(MetricNames.StorageGb, tier);
                Assert.That(gb.Mean, Is.EqualTo(gb.Count * 1000.0 * copies[tier] / 1e9).Within(1e-12), tier);
                var usd = result.Row(MetricNames.StorageUsdPerMonth, tier);
                Assert.That(usd.Mean, Is.EqualTo(gb.Mean!.Value * price[tier]).Within(1e-12), tier);
                total += usd.Mean!.Value;
            }
            Assert.That(copies.Keys.Sum(t => result.Row(MetricNames.StorageGb, t).Count), Is.EqualTo(keys), "every key is in one tier");
            Assert.That(result.Row(MetricNames.StorageGb, "hot").Count, Is.EqualTo(keys * (1 - Math.Exp(-30.0 / 90))).Within(4.5 * Math.Sqrt(keys * 0.2835 * 0.7165)));
            Assert.That(result.Row(MetricNames.StorageUsdPerMonth, MetricNames.AllScope).Mean, Is.EqualTo(total).Within(1e-12));
        });
    }

    [Test]
    public void A_write_makes_its_key_hot_so_later_reads_go_to_the_strategy()
    {
        // One key, 400 days old (cold), read and written: only the reads before the first write are cold.
        var scenario = Scenario(1, rate: 20, new ConstantDistribution(400 * Day), readFraction: 0.9, durationS: 30);
        var result = TestScenarios.Run(scenario);
        var cold = result.Row(MetricNames.TierReadLatency, "cold").Count;
        var hot = result.Row(MetricNames.TierReadLatency, "hot").Count;
        Assert.Multiple(() =>
        {
            Assert.That(cold, Is.InRange(1, 60), "the reads before the first write (one op in ten is a write)");
            Assert.That(hot, Is.GreaterThan(200));
        });
    }

    [Test]
    public void Tiers_change_where_reads_go_not_the_workload()
    {
        var tiered = Scenario(1000, rate: 200, new UniformDistribution(0, 730 * Day), readFraction: 0.8);
        var plain = tiered with { Storage = null };
        var (a, b) = (TestScenarios.Run(tiered), TestScenarios.Run(plain));
        Assert.Multiple(() =>
        {
            foreach (var metric in new[] { MetricNames.ReadAvailability, MetricNames.WriteAvailability })
            {
                Assert.That(a.Row(metric, MetricNames.AllScope).Count, Is.EqualTo(b.Row(metric, MetricNames.AllScope).Count), metric);
            }
            Assert.That(a.Row(MetricNames.ReadLatency, MetricNames.AllScope).Mean, Is.GreaterThan(b.Row(MetricNames.ReadLatency, MetricNames.AllScope).Mean!.Value), "warm and cold reads are slower");
        });
    }

    [Test]
    public void Without_colder_tiers_reads_are_not_split_but_storage_still_has_its_price()
    {
        var scenario = TestScenarios.TwoRegions() with { Cost = new CostSpec([0, 0.02, 0.02, 0], [0.10, 0.023, 0.004]) };
        var result = TestScenarios.Run(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.TierReadShare), Is.False);
            Assert.That(result.Row(MetricNames.StorageGb, "hot").Mean, Is.EqualTo(100 * 1000.0 * 2 / 1e9).Within(1e-15));
            Assert.That(result.Row(MetricNames.StorageUsdPerMonth, MetricNames.AllScope).Mean, Is.EqualTo(100 * 1000.0 * 2 / 1e9 * 0.10).Within(1e-15));
        });
    }
}
