using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class ReadRoutingTests
{
    /// <summary>Primary in a; clients in b (40 ms away), 1,000 sessions unless given, write and read at 2,000 ops/s over 100 keys; 5 s warmup.</summary>
    private static ScenarioSpec BusyReplica(ReadFrom readFrom, SimDuration bound = default, Consistency consistency = Consistency.Eventual, long seed = 1, int sessions = 1000)
    {
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, readFrom: readFrom, clientRegion: B, rate: 2000, readFraction: 0.5, durationS: 20, seed: seed);
        return scenario
            .WithStrategy(s => s with { MaxStaleness = bound })
            .WithClients(scenario.Client() with { Consistency = consistency, Sessions = sessions }) with { Warmup = SimDuration.FromSeconds(5) };
    }

    /// <summary>
    /// The same with a jittery a-b link (40 ms + exponential, mean 20 ms): the ordered stream queues
    /// behind its slowest message while a reply may overtake it, so a client can learn of its write
    /// before its replica has it.
    /// </summary>
    private static ScenarioSpec JitteryReplica(ReadFrom readFrom, SimDuration bound = default, Consistency consistency = Consistency.Eventual, long seed = 1, int sessions = 1000)
    {
        var scenario = BusyReplica(readFrom, bound, consistency, seed, sessions);
        var jitter = new SumDistribution([new ConstantDistribution(40e6), new ExponentialDistribution(20e6)]);
        return scenario with
        {
            Network = scenario.Network with
            {
                Links = scenario.Network.Links.Select(l => l.From == l.To ? l : l with { Latency = jitter }).ToList(),
            },
        };
    }

    [Test]
    public void Bounded_reads_are_never_staler_than_the_bound()
    {
        // The replica serves only while it knows it has every write committed up to T ago, so a
        // value it returns was superseded less than T ago; otherwise the primary answers (80 ms).
        var result = TestScenarios.Run(BusyReplica(ReadFrom.Bounded, SimDuration.FromMilliseconds(45)));
        var reads = result.Row(MetricNames.ReadLatency, "b");

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReadStaleness, "b").Max, Is.LessThanOrEqualTo(45.0));
            Assert.That(result.Row(MetricNames.StaleReadRatio, "b").Mean, Is.GreaterThan(0.01), "some reads served locally");
            Assert.That(reads.P50, Is.EqualTo(0.0).Or.EqualTo(80.0).Within(1e-6));
            Assert.That(reads.Max, Is.EqualTo(80.0).Within(1e-6), "some reads went to the primary");
        });
    }

    [Test]
    public void A_bound_below_the_replication_delay_sends_every_read_to_the_primary()
    {
        // The replica's own estimate can never be under the 40 ms the stream takes.
        var result = TestScenarios.Run(BusyReplica(ReadFrom.Bounded, SimDuration.FromMilliseconds(30)));

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReadLatency, "b").P50, Is.EqualTo(80.0).Within(1e-6));
            Assert.That(result.Row(MetricNames.ReadLatency, "b").Max, Is.EqualTo(80.0).Within(1e-6));
            Assert.That(result.Row(MetricNames.StaleReadRatio, "b").Mean, Is.EqualTo(0.0));
        });
    }

    [Test]
    public void A_quiet_primary_keeps_a_bounded_replica_serving_through_its_heartbeats()
    {
        // One write every 10 s: between writes only heartbeats (each second) tell the replica it is
        // complete; its estimate stays under 1 s + 40 ms, so a 2 s bound serves everything locally.
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, readFrom: ReadFrom.Bounded, clientRegion: B, rate: 20, readFraction: 0.995, durationS: 120);
        scenario = scenario.WithStrategy(s => s with { MaxStaleness = SimDuration.FromSeconds(2) }) with { Warmup = SimDuration.FromSeconds(5) };

        Assert.That(TestScenarios.Run(scenario).Row(MetricNames.ReadLatency, "b").Max, Is.EqualTo(0.0));
    }

    [Test]
    public void Least_lag_reads_go_to_the_replica_nearest_the_primary()
    {
        // a (primary) -10 ms- b, a -100 ms- c, b -50 ms- c. Clients in c: their local replica is
        // ~100 ms behind, b ~10 ms; by the lag each replica reports, reads go to b: 50 ms each way.
        var scenario = BusyReplica(ReadFrom.LeastLag)
            .WithRegions((x, y) => (x + y) switch { "ab" or "ba" => 10, "ac" or "ca" => 100, _ => 50 }, ("a", 1), ("b", 1), ("c", 1));
        scenario = scenario.WithClients(scenario.Client() with { Region = C });

        var reads = TestScenarios.Run(scenario).Row(MetricNames.ReadLatency, "c");

        Assert.Multiple(() =>
        {
            Assert.That(reads.P50, Is.EqualTo(100.0).Within(1e-6));
            Assert.That(reads.P99, Is.EqualTo(100.0).Within(1e-6));
        });
    }

    [Test]
    public void Read_your_writes_holds_in_every_seed_while_plain_local_reads_break_it()
    {
        var guarded = Enumerable.Range(1, 20)
            .Select(seed => TestScenarios.Run(JitteryReplica(ReadFrom.Local, consistency: Consistency.ReadYourWrites, seed: seed, sessions: 10)))
            .Select(r => r.Row(MetricNames.SessionViolations, "b").Count)
            .ToList();
        var plain = TestScenarios.Run(JitteryReplica(ReadFrom.Local, sessions: 10)).Row(MetricNames.SessionViolations, "b").Count;

        Assert.Multiple(() =>
        {
            Assert.That(guarded, Is.All.EqualTo(0));
            Assert.That(plain, Is.GreaterThan(100));
        });
    }

    [Test]
    public void Read_your_writes_costs_a_trip_to_the_primary_only_while_the_replica_lags_the_token()
    {
        var result = TestScenarios.Run(JitteryReplica(ReadFrom.Local, consistency: Consistency.ReadYourWrites));
        var reads = result.Row(MetricNames.ReadLatency, "b");

        Assert.Multiple(() =>
        {
            Assert.That(reads.P50, Is.EqualTo(0.0));
            Assert.That(reads.Max, Is.GreaterThan(80.0), "a read the replica could not serve went to the primary");
        });
    }

    [Test]
    public void Monotonic_reads_hold_while_bounded_reads_switch_between_replica_and_primary()
    {
        // With a bound near the lag, a session reads sometimes at the primary, sometimes at the
        // replica: without a token it can read a value and then an older one.
        var plain = TestScenarios.Run(JitteryReplica(ReadFrom.Bounded, SimDuration.FromMilliseconds(70), sessions: 10));
        var guarded = TestScenarios.Run(JitteryReplica(ReadFrom.Bounded, SimDuration.FromMilliseconds(70), Consistency.MonotonicReads, sessions: 10));

        Assert.Multiple(() =>
        {
            Assert.That(plain.Row(MetricNames.SessionViolations, "b").Count, Is.GreaterThan(0));
            Assert.That(guarded.Row(MetricNames.SessionViolations, "b").Count, Is.EqualTo(0));
        });
    }
}
