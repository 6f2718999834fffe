using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using GeoSim.Core.Tests.Replication.Quorum;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>
/// A leaderless quorum with a data class restricted to a and b: each key of the class has its
/// replicas, stand-ins and coordinator there, while the other keys are replicated to c as well.
/// </summary>
public class QuorumResidencyTests
{
    private const int Keys = 1000;
    private static readonly RegionId A = TestRegions.A, B = TestRegions.B, C = TestRegions.C;

    /// <summary>Keys 0-299 may only be in a and b; the rest anywhere.</summary>
    private static readonly DataClassSpec Eu = new("eu", 0, 300, [A, B]);

    private static QuorumSpec LocalQuorum(Placement placement) => QuorumScenarios.Spec(placement, write: "local-quorum", read: "local-quorum");

    /// <summary>
    /// a and b 5 ms apart, c 40 ms from both (one way); clients in each region until 25 s of 30 s
    /// (so every write has reached its replicas at the end); the eu class.
    /// </summary>
    private static ScenarioSpec Scenario(QuorumSpec strategy, params (string Name, int Nodes)[] regions)
    {
        var scenario = TestScenarios.TwoRegions(rate: 100, readFraction: 0.5, durationS: 30)
            .WithRegions((from, to) => from == "c" || to == "c" ? 40 : 5, regions.Length > 0 ? regions : [("a", 1), ("b", 1), ("c", 1)]);
        var client = scenario.Client() with { Until = SimDuration.FromSeconds(25) };
        return scenario with
        {
            Workload = scenario.Workload with { Keys = Keys, Clients = [client with { Region = A }, client with { Region = B }, client with { Region = C }] },
            Strategies = [strategy],
            DataClasses = [Eu, new DataClassSpec("rest", 300, Keys, null)],
        };
    }

    private static long Violations(RunResult result) => result.Row(MetricNames.ResidencyViolations, MetricNames.AllScope).Count;

    /// <param name="repaired">a and b cut off from each other from 5 s to 10 s, read repair and anti-entropy every 2 s bringing them back.</param>
    [TestCase(false)]
    [TestCase(true)]
    public void The_class_stays_in_a_and_b_while_the_other_keys_reach_every_region(bool repaired)
    {
        var spec = LocalQuorum(QuorumScenarios.PerRegion(1, A, B, C));
        var scenario = Scenario(repaired ? spec with { ReadRepair = true, AntiEntropyEvery = SimDuration.FromSeconds(2) } : spec);
        scenario = repaired ? scenario with { Faults = [new PartitionFault(SimDuration.FromSeconds(5), SimDuration.FromSeconds(5), A, B, OneWay: false)] } : scenario;
        var simulation = new Run.Simulation(scenario, scenario.Strategies[0]);
        var result = simulation.Run();
        // What each node holds at the end, read from the stores themselves (nodes a, b, c are 0, 1, 2).
        long Held(int node, int key) => simulation.DigestAt(new NodeId(node), key);
        var eu = Enumerable.Range(0, 300).ToArray();
        var rest = Enumerable.Range(300, Keys - 300).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Violations(result), Is.EqualTo(0));
            Assert.That(result.Row(MetricNames.Availability, MetricNames.AllScope).Mean, Is.EqualTo(1));
            Assert.That(eu.Count(k => Held(2, k) != CommitLedger.Initial), Is.EqualTo(0), "c holds no eu key");
            Assert.That(eu.Count(k => Held(0, k) != CommitLedger.Initial), Is.GreaterThan(200), "most eu keys were written");
            Assert.That(eu.Where(k => Held(0, k) != Held(1, k)), Is.Empty, "a and b agree on every eu key");
            Assert.That(rest.Count(k => Held(2, k) != CommitLedger.Initial), Is.GreaterThan(500), "the other keys reached c");
            Assert.That(rest.Where(k => Held(0, k) != Held(2, k) || Held(1, k) != Held(2, k)), Is.Empty, "every node agrees on the other keys");
            // Writes of eu keys are expected at a and b only: had c been a holder, none would count as fully applied.
            Assert.That(result.Total(MetricNames.ReplicationLagCensored), Is.EqualTo(0));
            Assert.That(result.Total(MetricNames.AntiEntropyRepairs) > 0 && result.Total(MetricNames.ReadRepairs) > 0, Is.EqualTo(repaired));
        });
    }

    [Test]
    public void Clients_in_c_reach_the_class_through_a_coordinator_in_a_and_pay_the_round_trip()
    {
        var result = TestScenarios.Run(Scenario(LocalQuorum(QuorumScenarios.PerRegion(1, A, B, C))));
        Assert.Multiple(() =>
        {
            foreach (var metric in new[] { MetricNames.WriteLatency, MetricNames.ReadLatency })
            {
                var inC = result.Row(metric, "c");
                // 30 % of c's ops are eu keys: c -> a (40 ms), a's own replica meets local-quorum, a -> c (40 ms). The rest is local.
                Assert.That(inC.P50, Is.LessThan(1), metric);
                Assert.That(inC.P99, Is.EqualTo(80).Within(1), metric);
                Assert.That(inC.Mean / 80, Is.EqualTo(0.3).Within(4.5 * Math.Sqrt(0.3 * 0.7 / inC.Count)), metric);
                Assert.That(result.Row(metric, "a").P99, Is.LessThan(1), $"{metric}: a has a replica of every key");
            }
        });
    }

    [Test]
    public void Without_the_class_filter_a_placement_puts_every_eu_key_in_c_and_the_checker_counts_each()
    {
        var scenario = Scenario(LocalQuorum(QuorumScenarios.PerRegion(1, A, B, C)));
        var topology = new Topology.Topology(scenario.Regions);
        var ledger = new CommitLedger(Keys, topology.NodeCount);
        var placement = ((QuorumSpec)scenario.Strategies[0]).Placement;
        var filtered = new ReplicaMap(placement, topology, new Residency(scenario.DataClasses, topology, ledger));
        var planted = new ReplicaMap(placement, topology, new Residency([], topology, ledger));

        long Violations(ReplicaMap map)
        {
            var checker = new ResidencyChecker(scenario.DataClasses, topology, new EventLog());
            for (var key = 0; key < Keys; key++)
            {
                foreach (var node in map.Of(key).Nodes)
                {
                    checker.OnValue(node, key, 0);
                }
            }
            return checker.Total;
        }

        Assert.Multiple(() =>
        {
            Assert.That(Violations(filtered), Is.EqualTo(0));
            Assert.That(Violations(planted), Is.EqualTo(300), "one replica in c for each of the 300 eu keys");
            Assert.That(Enumerable.Range(300, Keys - 300).Where(k => !filtered.Of(k).Nodes.SequenceEqual(planted.Of(k).Nodes)), Is.Empty,
                "the other keys are placed as without classes");
        });
    }

    [Test]
    public void With_n_replicas_a_key_of_the_class_gets_them_from_the_nodes_inside_and_so_do_its_stand_ins()
    {
        // Five nodes, three of them inside (a/0, a/1, b/0): each eu key gets 2 of those three, and its stand-in is the third.
        var scenario = Scenario(LocalQuorum(new Placement(2, null, [A, B, C])), ("a", 2), ("b", 1), ("c", 2));
        var topology = new Topology.Topology(scenario.Regions);
        var map = new ReplicaMap(((QuorumSpec)scenario.Strategies[0]).Placement, topology, new Residency(scenario.DataClasses, topology, new CommitLedger(Keys, topology.NodeCount)));
        static double Latency(RegionId from, RegionId to) => from == to ? 0 : to == B ? 30 : 40;
        var inside = new[] { 0, 1, 2 };
        var euPlaces = Enumerable.Range(0, 300).SelectMany(k => map.Of(k).Nodes.Select(n => n.Index)).ToList();
        var standIns = Enumerable.Range(0, 300).SelectMany(k => map.Of(k).Nodes.Select(r => map.Fallback(k, r, map.Of(k), _ => false)!.Value.Index)).ToList();
        var restStandIns = Enumerable.Range(300, Keys - 300).SelectMany(k => map.Of(k).Nodes.Select(r => map.Fallback(k, r, map.Of(k), _ => false)!.Value.Index)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 300).Select(k => map.Of(k).Count).Distinct(), Is.EqualTo(new[] { 2 }));
            Assert.That(euPlaces.Distinct().Order(), Is.EqualTo(inside));
            Assert.That(standIns.Distinct().Order(), Is.EqualTo(inside));
            Assert.That(restStandIns.Distinct().Order(), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }), "the other keys' stand-ins may be in c");
            Assert.That(map.NearestCoordinator(0, C, Latency, _ => false), Is.EqualTo(new NodeId(2)), "c's eu requests go to the nearest node inside");
            Assert.That(map.NearestCoordinator(0, C, Latency, n => n.Index == 2), Is.EqualTo(new NodeId(0)), "then to the nearest not suspected");
            Assert.That(map.NearestCoordinator(0, C, Latency, _ => true), Is.EqualTo(new NodeId(2)), "all suspected: the nearest");
        });
    }

    [Test]
    public void Hints_kept_and_replayed_during_a_partition_stay_inside()
    {
        // b cut off from a and c from 5 s to 15 s: eu writes for a replica in b go to a stand-in in a (sloppy), which replays them after.
        var spec = QuorumScenarios.Spec(new Placement(2, null, [A, B, C]), write: "quorum", read: "one") with
        {
            HintWindow = SimDuration.FromSeconds(3600),
            Sloppy = true,
            RequestTimeout = SimDuration.FromMilliseconds(500),
        };
        var scenario = Scenario(spec, ("a", 2), ("b", 1), ("c", 2)) with
        {
            Faults =
            [
                new PartitionFault(SimDuration.FromSeconds(5), SimDuration.FromSeconds(10), A, B, OneWay: false),
                new PartitionFault(SimDuration.FromSeconds(5), SimDuration.FromSeconds(10), C, B, OneWay: false),
            ],
        };
        var result = TestScenarios.Run(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.HintsReplayed), Is.GreaterThan(0));
            Assert.That(Violations(result), Is.EqualTo(0));
            Assert.That(result.Row(MetricNames.WriteAvailability, "a").Mean, Is.GreaterThan(0.95), "stand-ins inside count toward W");
        });
    }

    [Test]
    public void While_the_nearest_node_inside_is_down_c_sends_the_class_to_the_next_one()
    {
        // a down from 5 s to 15 s: c's eu requests go to a until c has seen a miss its own ops (2 s timeout), then to b.
        var scenario = Scenario(LocalQuorum(QuorumScenarios.PerRegion(1, A, B, C))) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(5), SimDuration.FromSeconds(10), A, null)],
        };
        var result = TestScenarios.Run(scenario);
        // Without turning away from a, 30 % of c's ops for 10 of 25 s would fail (availability 0.88).
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.Availability, "c").Mean, Is.GreaterThan(0.96));
            Assert.That(result.Row(MetricNames.Availability, "b").Mean, Is.EqualTo(1));
            Assert.That(Violations(result), Is.EqualTo(0));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_run()
    {
        RunResult Run() => TestScenarios.Run(Scenario(LocalQuorum(QuorumScenarios.PerRegion(1, A, B, C))));
        var (first, second) = (Run(), Run());
        Assert.That(second.Summary, Is.EqualTo(first.Summary));
        Assert.That(second.Events, Is.EqualTo(first.Events));
    }
}
