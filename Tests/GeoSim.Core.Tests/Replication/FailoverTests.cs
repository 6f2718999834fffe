using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class FailoverTests
{
    private const double OneWayMs = 50;
    private static readonly SimDuration FaultAt = SimDuration.FromSeconds(60);

    /// <summary>
    /// Primary in a, replicas in b and c, 50 ms one-way between any two regions, async with the
    /// default failover (detect 10 s, heartbeats 1 s, most caught up, fencing); writes only, at
    /// <paramref name="rate"/> per second from a, and a tenth of that from b and c.
    /// </summary>
    private static ScenarioSpec ThreeRegions(double rate, long seed = 1, FailoverSpec? failover = null, params FaultSpec[] faults)
    {
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: rate, durationS: 120, seed: seed)
            .WithRegions((_, _) => OneWayMs, ("a", 1), ("b", 1), ("c", 1))
            .WithStrategy(s => s with { Failover = failover ?? FailoverSpec.Default });
        var client = scenario.Client();
        return scenario.WithClients(client, client with { Region = B, RatePerSecond = rate / 10 }, client with { Region = C, RatePerSecond = rate / 10 })
            with { Faults = faults };
    }

    private static FaultSpec CrashOfA => new OutageFault(FaultAt, SimDuration.FromSeconds(1000), A, 0);

    [Test]
    public void A_crashed_async_primary_loses_the_writes_on_the_wire_rate_times_lag_on_average()
    {
        // Writes committed in the last 50 ms before the crash were acknowledged at once but never
        // reached a replica: Poisson with mean λ·L = 100/s × 0.05 s = 5 per failover.
        const double rate = 100;
        var lost = Enumerable.Range(1, 40)
            .Select(seed => TestScenarios.Run(ThreeRegions(rate, seed, faults: CrashOfA)))
            .Select(r => (Failovers: r.Total(MetricNames.Failovers), Lost: r.Total(MetricNames.LostUpdates)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lost.Select(l => l.Failovers), Is.All.EqualTo(1));
            // Standard error of the mean of 40 Poisson(5) draws: sqrt(5/40) ≈ 0.35; allow 3.5 of them.
            Assert.That(lost.Average(l => l.Lost), Is.EqualTo(rate * OneWayMs / 1000).Within(1.25));
        });
    }

    [Test]
    public void Recovery_time_is_detect_after_plus_at_most_a_heartbeat_and_the_election()
    {
        var result = TestScenarios.Run(ThreeRegions(100, faults: CrashOfA));
        var rto = result.Summary.Single(r => r.Metric == MetricNames.Rto);
        var promotion = result.Events.Single(e => e.Kind == "promotion");

        // Detection: one heartbeat interval plus detect-after after the last heartbeat heard (sent
        // at most 1 s before the crash, 50 ms on the way). Then a 100 ms election window, a vote
        // (50 ms), and the next write from b reaching the new primary in b.
        var promotionTime = 2 * OneWayMs / 1000 + OneWayMs / 1000;
        Assert.Multiple(() =>
        {
            Assert.That(rto.Count, Is.EqualTo(1));
            Assert.That(rto.Scope, Is.EqualTo("b"), "the most caught-up tie goes to the node nearest the old primary, then the lowest index");
            Assert.That(rto.Max, Is.InRange(10.0, 10.0 + 1.0 + OneWayMs / 1000 + promotionTime + 0.2));
            Assert.That(promotion.TimeSeconds - FaultAt.TotalSeconds, Is.InRange(10.0, 11.0 + OneWayMs / 1000 + promotionTime));
            Assert.That(result.Row(MetricNames.Failovers, "b").Count, Is.EqualTo(1));
            Assert.That(result.Row(MetricNames.Failovers, "c").Count, Is.EqualTo(0));
            Assert.That(result.Summary.Single(r => r.Metric == MetricNames.Rpo).Scope, Is.EqualTo("a"));
        });
    }

    [Test]
    public void Rpo_is_at_most_the_replication_lag_before_the_crash()
    {
        // Only writes committed in the last one-way delay before the crash can be lost, so the
        // window from the oldest lost write to the crash is at most L = 50 ms.
        var rpos = Enumerable.Range(1, 10)
            .Select(seed => TestScenarios.Run(ThreeRegions(100, seed, faults: CrashOfA)).Summary.Single(r => r.Metric == MetricNames.Rpo))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rpos.Select(r => r.Max), Is.All.InRange(0.0, OneWayMs / 1000 + 1e-6));
            Assert.That(rpos.Max(r => r.Max), Is.GreaterThan(OneWayMs / 1000 / 2));
        });
    }

    [Test]
    public void After_the_failover_writes_from_every_surviving_region_succeed_again()
    {
        var result = TestScenarios.Run(ThreeRegions(100, faults: CrashOfA));
        var availability = result.Series.Single(s => s.Metric == MetricNames.WriteAvailability && s.Scope == "c").Points;

        Assert.Multiple(() =>
        {
            Assert.That(availability.Where(p => p.TimeSeconds > 75).Select(p => p.Value), Is.All.EqualTo(1.0));
            Assert.That(availability.Where(p => p.TimeSeconds is > 62 and < 70).Select(p => p.Value), Is.All.EqualTo(0.0));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "c").Points[^1].Value, Is.LessThan(200),
                "the ledger stopped waiting for the lost writes");
        });
    }

    [Test]
    public void Without_failover_a_crashed_primary_leaves_writes_unavailable_and_nothing_is_promoted()
    {
        var scenario = ThreeRegions(100, faults: CrashOfA).WithStrategy(s => s with { Failover = FailoverSpec.Default with { Promote = PromotionRule.None } });
        var result = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Where(e => e.Kind == "promotion"), Is.Empty);
            Assert.That(result.Total(MetricNames.Failovers), Is.EqualTo(0));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.WriteAvailability && s.Scope == "b").Points[^1].Value, Is.EqualTo(0.0));
        });
    }

    /// <summary>Region a (the primary's) cut off from b and c for 60 s from 60 s on; clients everywhere.</summary>
    private static RunResult IsolatedPrimary(bool fence) =>
        TestScenarios.Run(ThreeRegions(100, failover: FailoverSpec.Default with { FenceOldPrimary = fence },
            faults: new IsolateFault(FaultAt, SimDuration.FromSeconds(40), A)));

    private static double SplitBrainSeconds(RunResult result) =>
        result.Summary.Where(r => r.Metric == MetricNames.SplitBrain).Sum(r => r.Count * r.Mean ?? 0);

    [Test]
    public void With_fencing_the_old_primary_stops_before_the_new_one_starts()
    {
        var result = IsolatedPrimary(fence: true);
        var fenced = result.Events.Single(e => e.Kind == "fenced");
        var promotion = result.Events.Single(e => e.Kind == "promotion");

        Assert.Multiple(() =>
        {
            Assert.That(SplitBrainSeconds(result), Is.EqualTo(0));
            Assert.That(result.Events.Where(e => e.Kind == "split-brain"), Is.Empty);
            Assert.That(fenced.Scope, Is.EqualTo("a"));
            Assert.That(fenced.TimeSeconds, Is.LessThan(promotion.TimeSeconds));
        });
    }

    [Test]
    public void Without_fencing_the_isolated_primary_keeps_taking_writes_until_the_heal()
    {
        var result = IsolatedPrimary(fence: false);
        var promotion = result.Events.Single(e => e.Kind == "promotion");
        var split = result.Events.Single(e => e.Kind == "split-brain");

        Assert.Multiple(() =>
        {
            // From the promotion to the heal (100 s) plus the heartbeat that tells a of the new epoch.
            Assert.That(SplitBrainSeconds(result), Is.InRange(100 - promotion.TimeSeconds, 100 - promotion.TimeSeconds + 1.1));
            Assert.That(result.Row(MetricNames.SplitBrain, "a").Count, Is.EqualTo(1));
            Assert.That(split.Detail, Does.Contain("a/0 took").And.Contain("b/0 took"));
            Assert.That(result.Events.Single(e => e.Kind == "demotion").Scope, Is.EqualTo("a"));
        });
    }

    [Test]
    public void The_returning_primary_rejoins_and_its_unreplicated_writes_are_reported_and_lost()
    {
        var result = IsolatedPrimary(fence: false);
        var rejoin = result.Events.Single(e => e.Kind == "rejoin");
        var unreplicated = result.Events.Single(e => e.Kind == "unreplicated-writes");

        Assert.Multiple(() =>
        {
            Assert.That(rejoin.Detail, Does.Contain("a/0 rejoined as a replica of b/0"));
            Assert.That(unreplicated.Scope, Is.EqualTo("a"));
            // Writes from a's clients for the 40 s of the cut (about 4,000) were acknowledged, then lost.
            Assert.That(result.Row(MetricNames.LostUpdates, "a").Count, Is.InRange(3_500, 4_500));
            Assert.That(unreplicated.Detail, Does.Contain("discarded"));
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "a").Points[^1].Value, Is.LessThan(200),
                "after the rejoin a follows b");
        });
    }

    [Test]
    public void Promote_within_region_finds_no_candidate_when_the_region_has_no_other_node()
    {
        var result = TestScenarios.Run(ThreeRegions(100, failover: FailoverSpec.Default with { PromoteWithin = PromoteWithin.Region }, faults: CrashOfA));

        Assert.That(result.Total(MetricNames.Failovers), Is.EqualTo(0));
    }

    [Test]
    public void Promote_within_region_promotes_the_primary_regions_other_node()
    {
        var scenario = ThreeRegions(100, failover: FailoverSpec.Default with { PromoteWithin = PromoteWithin.Region }, faults: CrashOfA)
            .WithRegions((x, y) => x == y ? 0 : OneWayMs, ("a", 2), ("b", 1), ("c", 1));

        var result = TestScenarios.Run(scenario);

        Assert.That(result.Events.Single(e => e.Kind == "promotion").Detail, Does.StartWith("a/1 promoted"));
    }
}
