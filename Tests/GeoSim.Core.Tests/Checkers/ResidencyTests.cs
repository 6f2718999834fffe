using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Cascade;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>
/// Data classes kept in their residency: the checker counts what reaches a node outside, the
/// strategies that place by class keep it at 0, and one that does not is caught.
/// </summary>
public class ResidencyTests
{
    private const int Keys = 1000;
    private static readonly RegionId A = TestRegions.A, B = TestRegions.B, C = TestRegions.C;

    /// <summary>Keys 0-299 may only be in a and b; the rest anywhere.</summary>
    private static readonly DataClassSpec Eu = new("eu", 0, 300, [A, B]);

    /// <summary>Regions a and b 5 ms apart, c 40 ms from both (one way); clients in each; the eu class.</summary>
    private static ScenarioSpec Scenario(StrategySpec strategy, int usNodes = 1, double durationS = 30)
    {
        var scenario = TestScenarios.TwoRegions(rate: 100, readFraction: 0.5, durationS: durationS)
            .WithRegions((from, to) => from == "c" || to == "c" ? 40 : 5, ("a", 1), ("b", 1), ("c", usNodes));
        var client = scenario.Client();
        return scenario with
        {
            Workload = scenario.Workload with { Keys = Keys, Clients = [client with { Region = A }, client with { Region = B }, client with { Region = C }] },
            Strategies = [strategy],
            DataClasses = [Eu, new DataClassSpec("rest", 300, Keys, null)],
        };
    }

    private static long Violations(RunResult result, string scope = MetricNames.AllScope) => result.Row(MetricNames.ResidencyViolations, scope).Count;

    [Test]
    public void The_checker_counts_a_value_of_a_restricted_class_reaching_a_forbidden_region_and_nothing_else()
    {
        var scenario = Scenario(new MultiMasterSpec("mm", ConflictResolution.Lww, [], CrdtType.Register));
        var topology = new Topology.Topology(scenario.Regions);
        var events = new EventLog();
        var checker = new ResidencyChecker(scenario.DataClasses, topology, events);
        NodeId a = new(0), c = new(2);

        checker.OnValue(c, 7, 1);       // eu key at c: counted
        checker.OnValue(c, 299, 2);     // eu key at c again: counted, no second event
        checker.OnValue(a, 7, 3);       // eu key in a: allowed
        checker.OnValue(c, 300, 4);     // a key of the unrestricted class
        var writes = Enumerable.Repeat(CommitLedger.Initial, Keys).ToArray();
        writes[500] = 11;
        checker.OnSnapshot(c, writes, 5);    // carries no eu value
        writes[3] = 12;
        writes[4] = 13;
        checker.OnSnapshot(c, writes, 6);    // carries eu values: the class counts once
        checker.OnSnapshot(a, writes, 7);    // in a: allowed

        Assert.Multiple(() =>
        {
            Assert.That(checker.CountOf(0, C), Is.EqualTo(3));
            Assert.That(checker.CountOf(0, A), Is.EqualTo(0));
            Assert.That(checker.Total, Is.EqualTo(3));
            Assert.That(events.Rows.Select(e => (e.Kind, e.Scope)), Is.EqualTo(new[] { ("residency-violation", "c") }));
        });
    }

    [Test]
    public void Primary_replica_keeps_the_class_in_its_regions_and_serves_it_to_other_regions_remotely()
    {
        var result = TestScenarios.Run(Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local)));
        var readsInC = result.Row(MetricNames.ReadLatency, "c");
        Assert.Multiple(() =>
        {
            Assert.That(Violations(result), Is.EqualTo(0));
            Assert.That(result.Summary.Count(r => r.Metric == MetricNames.ResidencyViolations), Is.EqualTo(1), "only the all row");
            Assert.That(result.Row(MetricNames.Availability, MetricNames.AllScope).Mean, Is.EqualTo(1));
            // 30 % of c's reads are eu keys, served by the primary in a (80 ms round trip); the rest locally.
            Assert.That(readsInC.P50, Is.LessThan(1));
            Assert.That(readsInC.P99, Is.EqualTo(80).Within(1));
            Assert.That(result.Row(MetricNames.StaleReadRatio, MetricNames.AllScope).Mean, Is.LessThan(0.05), "c holds no stale copies of eu keys");
        });
    }

    [Test]
    public void Multi_master_keeps_the_class_in_its_regions_and_forwards_requests_from_elsewhere()
    {
        var result = TestScenarios.Run(Scenario(new MultiMasterSpec("mm", ConflictResolution.Lww, [], CrdtType.Register)));
        var writesInC = result.Row(MetricNames.WriteLatency, "c");
        Assert.Multiple(() =>
        {
            Assert.That(Violations(result), Is.EqualTo(0));
            Assert.That(result.Row(MetricNames.Availability, MetricNames.AllScope).Mean, Is.EqualTo(1));
            Assert.That(writesInC.P50, Is.LessThan(1));
            Assert.That(writesInC.P99, Is.EqualTo(80).Within(1), "an eu write from c goes to a or b");
        });
    }

    [Test]
    public void A_strategy_that_does_not_place_by_class_is_caught_for_every_eu_write_it_relays_outside()
    {
        // validate refuses this (the chain passes through c); run as it is, every eu write reaches c.
        var result = TestScenarios.Run(Scenario(new CascadeSpec("chain", [new(A, B), new(B, C)])));
        var writes = result.Row(MetricNames.WriteLatency, MetricNames.AllScope).Count;
        var expected = 0.3 * writes;
        var sigma = Math.Sqrt(writes * 0.3 * 0.7);
        Assert.Multiple(() =>
        {
            Assert.That(Violations(result, "eu/c"), Is.EqualTo(expected).Within(4.5 * sigma + 10));
            Assert.That(Violations(result), Is.EqualTo(Violations(result, "eu/c")));
            Assert.That(result.Events.Count(e => e.Kind == "residency-violation"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_failover_that_promotes_a_node_outside_the_class_is_an_event_and_counted()
    {
        // Both eu nodes down from 10 s: the three nodes in c are a majority and promote one of theirs.
        var strategy = new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local)
        {
            Failover = FailoverSpec.Default with { DetectAfter = SimDuration.FromSeconds(3) },
        };
        var scenario = Scenario(strategy, usNodes: 3, durationS: 40) with
        {
            Faults =
            [
                new OutageFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(30), A, null),
                new OutageFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(30), B, null),
            ],
        };
        var result = TestScenarios.Run(scenario);
        var promotion = result.Events.Single(e => e.Kind == "promotion");
        var violation = result.Events.Single(e => e.Kind == "residency-violation");
        Assert.Multiple(() =>
        {
            Assert.That(promotion.Scope, Is.EqualTo("c"));
            Assert.That(violation.Scope, Is.EqualTo("c"));
            Assert.That(violation.TimeSeconds, Is.GreaterThanOrEqualTo(promotion.TimeSeconds));
            Assert.That(violation.Detail, Does.StartWith("eu: a value of key"));
            Assert.That(Violations(result, "eu/c"), Is.GreaterThan(0));
            Assert.That(Violations(result), Is.EqualTo(Violations(result, "eu/c")));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_violations_and_events()
    {
        RunResult Run() => TestScenarios.Run(Scenario(new CascadeSpec("chain", [new(A, B), new(B, C)])));
        var (first, second) = (Run(), Run());
        Assert.That(second.Summary, Is.EqualTo(first.Summary));
        Assert.That(second.Events, Is.EqualTo(first.Events));
    }
}
