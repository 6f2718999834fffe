using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

/// <summary>RPO, RTO and the semi-sync restore measured against closed forms of small deployments.</summary>
public class RecoveryDefinitionTests
{
    [Test]
    public void A_sync_successor_that_can_never_acknowledge_is_reported_never_recovered()
    {
        // Three nodes in a, sync: after a/0 crashes for good, a/1 is promoted but every write needs
        // a/0's ack too. It commits, acknowledges nothing: recovery is censored at the run's end.
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 100, durationS: 90)
            .WithRegions((_, _) => 0, ("a", 3))
            .WithStrategy(s => s with
            {
                Replication = ReplicationMode.Sync,
                Failover = FailoverSpec.Default with { DetectAfter = SimDuration.FromSeconds(5), FenceOldPrimary = false },
            });
        scenario = scenario.WithClients(scenario.Client()) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(30), SimDuration.FromSeconds(3600), A, 0)],
        };
        var result = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.Failovers), Is.EqualTo(1));
            Assert.That(result.Row(MetricNames.Rto, "a").Max, Is.EqualTo(90 - 30.0));
            Assert.That(result.Row(MetricNames.RtoCensored, "a").Count, Is.EqualTo(1));
            Assert.That(result.Events.Count(e => e.Kind == "not-recovered"), Is.EqualTo(1));
        });
    }

    [Test]
    public void An_isolation_of_an_unrelated_empty_region_does_not_move_rpo_or_rto()
    {
        // Primary a, replicas b (50 ms) and c (80 ms from a, 60 ms from b), d has no node. Writers in c.
        var plain = TestScenarios.Run(FourRegions(isolateD: false));
        var isolated = TestScenarios.Run(FourRegions(isolateD: true));
        var promotion = plain.Events.Single(e => e.Kind == "promotion").TimeSeconds;

        Assert.Multiple(() =>
        {
            Assert.That(isolated.Row(MetricNames.Rpo, "a"), Is.EqualTo(plain.Row(MetricNames.Rpo, "a")));
            Assert.That(isolated.Row(MetricNames.Rto, "b"), Is.EqualTo(plain.Row(MetricNames.Rto, "b")));
            // RPO: the writes of the last a->b hop (50 ms) before the crash, measured to the crash.
            Assert.That(isolated.Row(MetricNames.Rpo, "a").Max, Is.EqualTo(0.05).Within(0.002));
            // RTO: from the crash to the first ack of b: c learns of b (60 ms), its next write goes to
            // b (60 ms) and the ack back to the client (60 ms).
            Assert.That(isolated.Row(MetricNames.Rto, "b").Max, Is.EqualTo(promotion - 60.5 + 0.18).Within(0.002));
        });
    }

    private static ScenarioSpec FourRegions(bool isolateD)
    {
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 1000, durationS: 120)
            .WithRegions((x, y) => string.Concat(new[] { x, y }.Order()) switch { "ab" => 50, "ac" => 80, "bc" => 60, _ => 70 },
                ("a", 1), ("b", 1), ("c", 1), ("d", 0))
            .WithStrategy(s => s with { Failover = FailoverSpec.Default with { DetectAfter = SimDuration.FromSeconds(5) } });
        FaultSpec outage = new OutageFault(SimDuration.FromSeconds(60.5), SimDuration.FromSeconds(30), A, null);
        FaultSpec isolation = new IsolateFault(SimDuration.FromSeconds(62), SimDuration.FromSeconds(1), D);
        var faults = isolateD ? new[] { outage, isolation } : [outage];
        scenario = scenario with { Workload = scenario.Workload with { Keys = 100_000 } };
        return scenario.WithClients(scenario.Client() with { Region = C }) with { Faults = faults };
    }

    [Test]
    public void Semi_sync_restores_once_the_replica_reaches_the_head_it_fell_back_at()
    {
        // 300 writes/s, 40 ms one way, a<->b cut from 60 s to 90 s. The fallback comes at the 10 s
        // timeout; after the heal the stream reconnects (1 s), delivers (40 ms), the ack returns (40 ms).
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 300, durationS: 120)
            .WithStrategy(s => s with { Replication = ReplicationMode.SemiSync });
        scenario = scenario with
        {
            Workload = scenario.Workload with { Keys = 1000 },
            Faults = [new PartitionFault(SimDuration.FromSeconds(60), SimDuration.FromSeconds(30), A, B, OneWay: false)],
        };
        var result = TestScenarios.Run(scenario);
        var restored = result.Events.Single(e => e.Kind == "semi-sync-restored").TimeSeconds;

        Assert.That(restored, Is.EqualTo(90 + NetworkSpec.DefaultReconnectAfter.TotalSeconds + 0.08).Within(1e-3));
    }
}
