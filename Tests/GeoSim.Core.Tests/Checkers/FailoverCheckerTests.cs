using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>
/// The failover checker driven by hand (no strategy): planted split brains, promotions and
/// acknowledgements must come out with their counts and durations.
/// </summary>
public class FailoverCheckerTests
{
    private const long S = 1_000_000_000;

    // Faults: 0 outage of a at 10 s; 1 isolation of d (holds no primary) at 12 s; 2 partition b<->c at 11 s.
    private static readonly FaultSpec[] Faults =
    [
        new OutageFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(30), TestRegions.A, null),
        new IsolateFault(SimDuration.FromSeconds(12), SimDuration.FromSeconds(1), TestRegions.D),
        new PartitionFault(SimDuration.FromSeconds(11), SimDuration.FromSeconds(30), TestRegions.B, TestRegions.C, OneWay: false),
    ];

    [Test]
    public void Two_nodes_accepting_at_once_are_one_split_brain_charged_to_the_older_with_each_ones_writes()
    {
        var (checker, _, metrics, events) = Build();
        checker.OnAccepting(A, true, 0);
        checker.OnAccepting(B, true, 2 * S);
        for (var i = 0; i < 3; i++)
        {
            checker.OnCommitted(A);
        }
        checker.OnCommitted(B);
        checker.OnAccepting(A, false, 5 * S);
        checker.OnCommitted(A);

        var rows = Rows(metrics);
        var split = rows.Single(r => r.Metric == MetricNames.SplitBrain);
        Assert.Multiple(() =>
        {
            Assert.That((split.Scope, split.Count, split.Max), Is.EqualTo(("a", 1L, (double?)3.0)));
            Assert.That(events.Single(e => e.Kind == "split-brain").Detail, Does.EndWith("a/0 took 3, b/0 took 1"));
        });
    }

    [Test]
    public void A_crashed_node_stops_a_split_brain_when_the_network_says_so()
    {
        var (checker, injector, metrics, _) = Build();
        checker.OnAccepting(A, true, 0);
        checker.OnAccepting(B, true, 1 * S);
        injector.Apply(0, start: true, 10 * S); // a crashes
        checker.Recheck(10 * S);

        Assert.That(Rows(metrics).Single(r => r.Metric == MetricNames.SplitBrain).Max, Is.EqualTo(9.0));
    }

    [Test]
    public void Recovery_runs_from_the_fault_that_cut_the_old_primary_off_to_the_successors_first_acknowledgement()
    {
        var (checker, injector, metrics, _) = Build();
        checker.OnAccepting(A, true, 0);
        injector.Apply(0, start: true, 10 * S);
        injector.Apply(1, start: true, 12 * S); // unrelated: d holds nothing, and neither a nor b is cut by it
        injector.Apply(1, start: false, 13 * S);
        checker.OnPromoted(B, new LostWrites(4, 9 * S + S / 2, 9 * S + 9 * S / 10), 16 * S);
        checker.OnWriteAcknowledged(A, 17 * S); // the old primary does not end b's recovery
        checker.OnWriteAcknowledged(B, 18 * S);
        checker.OnWriteAcknowledged(B, 19 * S);
        checker.Finish(30 * S);

        var rows = Rows(metrics);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Single(r => r.Metric == MetricNames.Rto).Max, Is.EqualTo(8.0));
            Assert.That(rows.Single(r => r.Metric == MetricNames.Rto).Scope, Is.EqualTo("b"));
            // RPO: oldest lost write 9.5 s, old primary lost at the outage, 10 s.
            Assert.That(rows.Single(r => r.Metric == MetricNames.Rpo).Max, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(rows.Single(r => r.Metric == MetricNames.LostUpdates && r.Scope == "a").Count, Is.EqualTo(4));
            Assert.That(rows.Any(r => r.Metric == MetricNames.RtoCensored), Is.False);
        });
    }

    [Test]
    public void A_successor_that_never_acknowledges_a_write_is_censored_at_the_end_of_the_run()
    {
        var (checker, injector, metrics, events) = Build();
        checker.OnAccepting(A, true, 0);
        injector.Apply(0, start: true, 10 * S);
        checker.OnPromoted(B, new LostWrites(0, long.MaxValue, long.MinValue), 16 * S);
        checker.OnCommitted(B); // committed, never acknowledged
        checker.Finish(60 * S);

        var rows = Rows(metrics);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Single(r => r.Metric == MetricNames.Rto).Max, Is.EqualTo(50.0));
            Assert.That(rows.Single(r => r.Metric == MetricNames.RtoCensored).Count, Is.EqualTo(1));
            Assert.That(events.Count(e => e.Kind == "not-recovered"), Is.EqualTo(1));
            Assert.That(rows.Single(r => r.Metric == MetricNames.Rpo).Max, Is.EqualTo(0.0));
        });
    }

    [Test]
    public void A_partition_anchors_the_failover_of_a_primary_that_is_still_up()
    {
        var (checker, injector, metrics, _) = Build();
        checker.OnAccepting(B, true, 0);
        injector.Apply(0, start: true, 10 * S); // a's outage does not cut b off from c
        injector.Apply(2, start: true, 11 * S);
        checker.OnPromoted(C, new LostWrites(0, long.MaxValue, long.MinValue), 20 * S);
        checker.OnWriteAcknowledged(C, 21 * S);

        Assert.That(Rows(metrics).Single(r => r.Metric == MetricNames.Rto).Max, Is.EqualTo(10.0));
    }

    private static readonly NodeId A = new(0);
    private static readonly NodeId B = new(1);
    private static readonly NodeId C = new(2);

    private static IReadOnlyList<SummaryRow> Rows(MetricsRecorder metrics) => metrics.Build(null).Summary;

    private static (FailoverChecker, FaultInjector, MetricsRecorder, IReadOnlyList<RunEvent>) Build()
    {
        var regions = new[] { ("a", 1), ("b", 1), ("c", 1), ("d", 0) };
        var scenario = TestScenarios.TwoRegions(durationS: 60) with
        {
            Regions = regions.Select(r => new RegionSpec(r.Item1, r.Item2, null, ClockSpec.Perfect)).ToList(),
            Network = new NetworkSpec(
                TestScenarios.FullMesh([.. regions.Select(r => r.Item1)], (f, t) => f == t ? 0 : 10),
                NetworkSpec.DefaultRetransmitAfter, NetworkSpec.DefaultReconnectAfter),
            Faults = Faults,
        };
        var topology = new Topology.Topology(scenario.Regions);
        var metrics = new MetricsRecorder(topology, S, scenario.Duration.Nanos, 0);
        metrics.ReportFailover();
        var streams = new RandomStreams(1);
        var network = new Network(topology, scenario.Network, streams.Get("network"), metrics);
        var clocks = Enumerable.Range(0, topology.NodeCount).Select(_ => new PhysicalClock(0, 0, 0, 0, streams.Get("clock"))).ToArray();
        var events = new EventLog();
        var injector = new FaultInjector(scenario, topology, network, clocks, streams, events);
        return (new FailoverChecker(topology, network, injector, metrics, events), injector, metrics, events.Rows);
    }
}
