using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

public class WitnessTests
{
    private const double OneWayMs = 50;
    private static readonly SimDuration FaultAt = SimDuration.FromSeconds(60);

    /// <summary>
    /// Primary in a, one standby in b, a witness in w (one node, no clients), 50 ms one-way between
    /// any two regions; default failover (detect 10 s, heartbeats 1 s, fencing); writes only, 100/s
    /// from a and 10/s from b.
    /// </summary>
    private static ScenarioSpec WithWitness(string? witness, params FaultSpec[] faults)
    {
        (string, int)[] regions = witness is null ? [("a", 1), ("b", 1)] : [("a", 1), ("b", 1), (witness, 1)];
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 100, durationS: 120)
            .WithRegions((_, _) => OneWayMs, regions)
            .WithStrategy(s => s with { Failover = FailoverSpec.Default with { Witness = witness is null ? null : new RegionId(2) } });
        var client = scenario.Client();
        return scenario.WithClients(client, client with { Region = B, RatePerSecond = 10 }) with { Faults = faults };
    }

    private static FaultSpec OutageOfA => new OutageFault(FaultAt, SimDuration.FromSeconds(1000), A, null);

    [Test]
    public void With_a_witness_an_outage_of_the_primary_region_fails_over_to_the_standby()
    {
        var result = TestScenarios.Run(WithWitness("w", OutageOfA));
        var rto = result.Summary.Single(r => r.Metric == MetricNames.Rto);

        // Detection: detect-after (10 s) plus at most one heartbeat interval after the last
        // heartbeat heard (50 ms on the way). Then the election: a window of twice the farthest
        // one-way delay (100 ms) and the witness's vote (50 ms); b's next write is local to b.
        var election = 2 * OneWayMs / 1000 + OneWayMs / 1000;
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.Failovers, "b").Count, Is.EqualTo(1));
            Assert.That(result.Events.Where(e => e.Kind == "promotion").Select(e => e.Scope), Is.EqualTo(new[] { "b" }));
            Assert.That(rto.Scope, Is.EqualTo("b"));
            Assert.That(rto.Max, Is.InRange(10.0 + OneWayMs / 1000 + election, 10.0 + 1.0 + OneWayMs / 1000 + election + 0.2));
        });
    }

    [Test]
    public void Without_the_witness_the_same_outage_never_fails_over()
    {
        var result = TestScenarios.Run(WithWitness(null, OutageOfA));

        Assert.Multiple(() =>
        {
            Assert.That(result.Events.Where(e => e.Kind == "promotion"), Is.Empty);
            Assert.That(result.Total(MetricNames.Failovers), Is.EqualTo(0));
        });
    }

    [Test]
    public void Isolating_the_primary_from_standby_and_witness_fences_it_and_the_standby_takes_over()
    {
        var result = TestScenarios.Run(WithWitness("w", new IsolateFault(FaultAt, SimDuration.FromSeconds(30), A)));
        var fenced = result.Events.Where(e => e.Kind == "fenced").ToList();
        var promotion = result.Events.Single(e => e.Kind == "promotion");

        Assert.Multiple(() =>
        {
            Assert.That(fenced, Has.Count.EqualTo(1));
            Assert.That(fenced[0].Detail, Does.StartWith("a/0"));
            // The lease lapses detect-after after the last status heard; the standby elects only
            // after a further heartbeat interval, so the old primary has stopped first.
            Assert.That(fenced[0].TimeSeconds, Is.LessThan(promotion.TimeSeconds));
            Assert.That(promotion.Scope, Is.EqualTo("b"));
        });
    }

    [Test]
    public void The_witness_is_never_a_replication_target()
    {
        var result = TestScenarios.Run(WithWitness("w", OutageOfA));
        var lagScopes = result.Summary.Where(r => r.Metric == MetricNames.ReplicationLag).Select(r => r.Scope).ToList();
        var witnessRows = result.Summary.Where(r => r.Scope == "w").Select(r => r.Metric).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lagScopes, Does.Contain("a->b"), "the check can see lag scopes at all");
            Assert.That(lagScopes.Where(s => s.Contains('w')), Is.Empty);
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.ReplicaBehind && r.Scope == "b"), Is.True, "the standby is behind-sampled");
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.Failovers && r.Scope == "b"), Is.True, "the standby has a failover row");
            Assert.That(witnessRows, Has.None.AnyOf(MetricNames.ReplicaBehind, MetricNames.Failovers, MetricNames.LostUpdates),
                "a region that holds no data gets no always-zero data rows");
        });
    }
}
