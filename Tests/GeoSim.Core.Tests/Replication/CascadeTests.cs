using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class CascadeTests
{
    private static readonly string[] Chain = ["a", "b", "c", "d"];

    /// <summary>A chain a -> b -> c -> d with constant one-way hops of 20, 40 and 60 ms (100 ms between any other pair).</summary>
    private static ScenarioSpec ChainScenario(StrategySpec strategy)
    {
        static double Ms(string x, string y) => x == y ? 0 : string.Concat(new[] { x, y }.Order()) switch
        {
            "ab" => 20,
            "bc" => 40,
            "cd" => 60,
            _ => 100,
        };
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 20, durationS: 120);
        return scenario with
        {
            Regions = Chain.Select(r => new RegionSpec(r, 1, null, ClockSpec.Perfect)).ToList(),
            Network = new NetworkSpec(TestScenarios.FullMesh(Chain, Ms),
                NetworkSpec.DefaultRetransmitAfter, NetworkSpec.DefaultReconnectAfter),
            Strategies = [strategy],
        };
    }

    // Regions are numbered in Chain order: a = 0, b = 1, c = 2, d = 3.
    private static readonly CascadeSpec Cascade = new("cascade", [new(new(0), new(1)), new(new(1), new(2)), new(new(2), new(3))]);

    [Test]
    public void Lag_accumulates_hop_by_hop_down_the_chain()
    {
        var result = TestScenarios.Run(ChainScenario(Cascade));

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReplicationLag, "a->b").Max, Is.EqualTo(20.0).Within(1e-9));
            Assert.That(result.Row(MetricNames.ReplicationLag, "a->c").Max, Is.EqualTo(60.0).Within(1e-9));
            Assert.That(result.Row(MetricNames.ReplicationLag, "a->d").P50, Is.EqualTo(120.0).Within(1e-9));
            Assert.That(result.Row(MetricNames.ReplicationLag, "a->d").Max, Is.EqualTo(120.0).Within(1e-9));
            // Each hop on its own: exactly its link's one-way latency.
            Assert.That(result.Row(MetricNames.HopLag, "a->b").Max, Is.EqualTo(20.0).Within(1e-9));
            Assert.That(result.Row(MetricNames.HopLag, "b->c").Max, Is.EqualTo(40.0).Within(1e-9));
            Assert.That(result.Row(MetricNames.HopLag, "c->d").P50, Is.EqualTo(60.0).Within(1e-9));
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.HopLag && r.Scope == "a->d"), Is.False);
        });
    }

    [Test]
    public void The_head_sends_one_stream_instead_of_three()
    {
        var cascade = TestScenarios.Run(ChainScenario(Cascade));
        var star = TestScenarios.Run(ChainScenario(new PrimaryReplicaSpec("star", new RegionId(0), ReplicationMode.Async, ReadFrom.Local)));

        long HeadBytes(RunResult r) => r.Summary.Where(x => x.Metric == MetricNames.CrossRegionBytes && x.Scope.StartsWith("a->")).Sum(x => x.Count);
        var writes = cascade.Row(MetricNames.WriteLatency, "a").Count;

        Assert.Multiple(() =>
        {
            // One 1 KB message per write; writes of the last 2 s (the client timeout) are not in the count.
            Assert.That(HeadBytes(cascade), Is.InRange(writes * 1000, (writes + 2 * 20 * 2) * 1000), "one 1 KB message per write");
            Assert.That(HeadBytes(star), Is.EqualTo(3 * HeadBytes(cascade)).Within(6000));
            Assert.That(cascade.Summary.Any(x => x.Metric == MetricNames.CrossRegionBytes && x.Scope == "a->d"), Is.False);
            // Messages from the head: one replication stream (plus write acks to local clients, none cross-region).
            Assert.That(cascade.Summary.Where(x => x.Metric == MetricNames.CrossRegionMessages && x.Scope.StartsWith("a->")).Sum(x => x.Count) * 3,
                Is.EqualTo(star.Summary.Where(x => x.Metric == MetricNames.CrossRegionMessages && x.Scope.StartsWith("a->")).Sum(x => x.Count)));
        });
    }

    [TestCase(null, 30_000.0)]
    [TestCase(5.0, 8_000.0)]
    public void A_relay_that_goes_down_stops_its_subtree_unless_children_reparent(double? reparentAfterS, double behindMs)
    {
        // b (the middle of a -> b -> c -> d) is down from 20 s to 80 s. Without reparenting, c
        // and d fall behind for the whole minute; with reparent-after 5 s, c asks a to adopt it
        // after 5-6 s of silence and catches up from a snapshot, and d with it.
        var cascade = Cascade with { ReparentAfter = reparentAfterS is { } s ? SimDuration.FromSeconds(s) : null };
        var scenario = ChainScenario(cascade) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(20), SimDuration.FromSeconds(60), B, null)],
        };

        var result = TestScenarios.Run(scenario);
        var behindD = result.Row(MetricNames.ReplicaBehind, "d").Max;

        Assert.Multiple(() =>
        {
            if (reparentAfterS is null)
            {
                Assert.That(behindD, Is.GreaterThan(behindMs));
                Assert.That(result.Events.Any(e => e.Kind == "reparent"), Is.False);
            }
            else
            {
                Assert.That(behindD, Is.LessThan(behindMs));
                Assert.That(result.Events.Single(e => e.Kind == "reparent").Detail, Does.Contain("c/0 now follows a/0"));
            }
            Assert.That(result.Series.Single(s => s.Metric == MetricNames.ReplicaBehind && s.Scope == "d").Points[^1].Value, Is.LessThan(200));
        });
    }

    [Test]
    public void The_head_is_the_region_that_is_nobodys_child()
    {
        var tree = new CascadeSpec("t", [new(new(1), new(2)), new(new(0), new(1)), new(new(0), new(3))]);
        Assert.That(tree.Head, Is.EqualTo(new RegionId(0)));
    }
}
