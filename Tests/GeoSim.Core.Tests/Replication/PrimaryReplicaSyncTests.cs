using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class PrimaryReplicaSyncTests
{
    [Test]
    public void A_sync_write_waits_exactly_one_round_trip_to_the_replica()
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 35, readFraction: 0)
            .WithStrategy(s => s with { Replication = ReplicationMode.Sync });

        var writes = TestScenarios.Run(scenario).Row(MetricNames.WriteLatency, "a");

        Assert.Multiple(() =>
        {
            Assert.That(writes.Count, Is.GreaterThan(300));
            Assert.That(writes.P50, Is.EqualTo(70.0).Within(1e-9));
            Assert.That(writes.Max, Is.EqualTo(70.0).Within(1e-9));
        });
    }

    /// <summary>Primary in a, replicas in b (30 ms one-way) and c (80 ms), b-c 60 ms; clients in a.</summary>
    private static ScenarioSpec ThreeRegions(ReplicationMode mode, int acks = 1, IReadOnlyList<RegionId>? syncRegions = null) =>
        TestScenarios.TwoRegions(readFraction: 0)
            .WithRegions((x, y) => (x + y) switch { "ab" or "ba" => 30, "ac" or "ca" => 80, _ => 60 }, ("a", 1), ("b", 1), ("c", 1))
            .WithStrategy(s => s with { Replication = mode, Acks = acks, SyncRegions = syncRegions ?? [] });

    [TestCase(ReplicationMode.SemiSync, 1, 60.0)]
    [TestCase(ReplicationMode.SemiSync, 2, 160.0)]
    [TestCase(ReplicationMode.Sync, 1, 160.0)]
    [TestCase(ReplicationMode.Async, 1, 0.0)]
    public void Write_latency_is_the_round_trip_to_the_replica_it_waits_for(ReplicationMode mode, int acks, double expectedMs)
    {
        var writes = TestScenarios.Run(ThreeRegions(mode, acks)).Row(MetricNames.WriteLatency, "a");

        Assert.Multiple(() =>
        {
            Assert.That(writes.P50, Is.EqualTo(expectedMs).Within(1e-9));
            Assert.That(writes.Max, Is.EqualTo(expectedMs).Within(1e-9));
        });
    }

    [Test]
    public void Sync_waits_only_for_the_named_regions()
    {
        var writes = TestScenarios.Run(ThreeRegions(ReplicationMode.Sync, syncRegions: [new RegionId(1)])).Row(MetricNames.WriteLatency, "a");

        Assert.That(writes.Max, Is.EqualTo(60.0).Within(1e-9));
    }

    /// <summary>Semi-sync to one replica 40 ms away, cut off from 20 s to 50 s; the timeout is 10 s, clients wait 15 s.</summary>
    private static RunResult PartitionedSemiSync(double rate = 20)
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, rate: rate, readFraction: 0, durationS: 80);
        scenario = scenario
            .WithStrategy(s => s with { Replication = ReplicationMode.SemiSync })
            .WithClients(scenario.Client() with { Timeout = SimDuration.FromSeconds(15) }) with
            {
                Network = scenario.Network with { ReconnectAfter = SimDuration.Zero },
                Faults = [new PartitionFault(SimDuration.FromSeconds(20), SimDuration.FromSeconds(30), A, B, OneWay: false)],
            };
        return TestScenarios.Run(scenario);
    }

    [Test]
    public void Semi_sync_falls_back_to_async_after_the_timeout_and_back_once_the_replica_catches_up()
    {
        var result = PartitionedSemiSync();
        var fallback = result.Events.Single(e => e.Kind == "semi-sync-fallback");
        var restored = result.Events.Single(e => e.Kind == "semi-sync-restored");

        Assert.Multiple(() =>
        {
            // The first write whose ack the cut holds back (committed up to one round trip before the
            // cut, or the first after it; writes arrive about every 50 ms) waits 10 s.
            Assert.That(fallback.TimeSeconds, Is.InRange(30.0 - 0.08, 30.5));
            Assert.That(fallback.Scope, Is.EqualTo("a"));
            Assert.That(fallback.Detail, Does.Contain("a/0").And.Contain("10s"));
            // After the heal at 50 s the held stream drains (40 ms) and the acks return (40 ms).
            Assert.That(restored.TimeSeconds, Is.InRange(50.0, 50.5));
            // Writes waited at most the timeout, and none was lost to a client timeout.
            Assert.That(result.Row(MetricNames.WriteLatency, "a").Max, Is.InRange(9_900.0, 10_000.0));
            Assert.That(result.Row(MetricNames.WriteAvailability, "a").Mean, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void While_fallen_back_writes_are_acknowledged_at_once()
    {
        var result = PartitionedSemiSync();
        var latency = result.Series.Single(s => s.Metric == MetricNames.WriteLatency && s.Scope == "a").Points;

        Assert.Multiple(() =>
        {
            Assert.That(latency.Where(p => p.TimeSeconds is > 32 and <= 50).Select(p => p.Value), Is.All.EqualTo(0.0));
            Assert.That(latency.Where(p => p.TimeSeconds is > 52).Select(p => p.Value), Is.All.EqualTo(80.0).Within(1e-9));
        });
    }
}
