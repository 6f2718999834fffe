using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>What the tracker records as a strategy commits, applies, promotes and rejoins, driven by hand.</summary>
public class WriteTrackerTests
{
    private static readonly NodeId A = new(0);
    private static readonly NodeId B = new(1);

    private long _now;
    private CommitLedger _ledger = null!;
    private MetricsRecorder _metrics = null!;
    private WriteTracker _tracker = null!;
    private VersionedStore[] _stores = null!;
    private List<(NodeId Node, string Kind, string Detail)> _reports = null!;

    [SetUp]
    public void Build()
    {
        var scenario = TestScenarios.TwoRegions();
        var simulation = new Simulation(scenario, scenario.Strategies[0]);
        var events = new List<RunEvent>();
        var faults = new FaultInjector(scenario, simulation.Topology, simulation.Network, simulation.Clocks, new RandomStreams(1), events);
        _metrics = new MetricsRecorder(simulation.Topology, 1_000_000_000, 60_000_000_000, 0);
        _ledger = new CommitLedger(scenario.Workload.Keys, simulation.Topology.NodeCount);
        _reports = [];
        var failover = new FailoverChecker(simulation.Topology, simulation.Network, faults, _metrics, events);
        _tracker = new WriteTracker(_ledger, simulation.Topology, _metrics, failover, () => _now, (n, k, d) => _reports.Add((n, k, d)));
        _stores = [new VersionedStore(scenario.Workload.Keys, CommitLedger.Initial), new VersionedStore(scenario.Workload.Keys, CommitLedger.Initial)];
    }

    [Test]
    public void Replication_lag_is_applied_minus_committed_for_each_write_taken_in_elsewhere()
    {
        var first = At(100, () => _tracker.Commit(A, _stores[0], key: 1, version: 1));
        var second = At(110, () => _tracker.Commit(A, _stores[0], key: 2, version: 2));
        At(140, () => _tracker.Apply(B, _stores[1], 1, first.Id, 1));
        At(200, () => _tracker.Deliver(B, second.Id));

        var lag = Rows().Single(r => r.Metric == MetricNames.ReplicationLag);
        Assert.Multiple(() =>
        {
            Assert.That(lag.Scope, Is.EqualTo("a->b"));
            Assert.That(lag.Count, Is.EqualTo(2), "the committing node's own apply is no lag");
            Assert.That(lag.Min, Is.EqualTo(40.0).Within(1e-9));
            Assert.That(lag.Max, Is.EqualTo(90.0).Within(1e-9));
        });
    }

    [Test]
    public void A_hop_is_measured_only_for_the_write_the_message_carried()
    {
        var first = At(100, () => _tracker.Commit(A, _stores[0], key: 1, version: 1));
        var second = At(100, () => _tracker.Commit(A, _stores[0], key: 2, version: 2));
        _tracker.BeginHop(A, first.Id, Ms(120));
        At(150, () => _tracker.Apply(B, _stores[1], 1, first.Id, 1));
        _tracker.EndHop();
        At(160, () => _tracker.Apply(B, _stores[1], 2, second.Id, 2));

        var hop = Rows().Single(r => r.Metric == MetricNames.HopLag);
        Assert.Multiple(() =>
        {
            Assert.That(hop.Count, Is.EqualTo(1));
            Assert.That(hop.Max, Is.EqualTo(30.0).Within(1e-9));
        });
    }

    [Test]
    public void A_key_is_divergent_until_every_node_holds_the_same_value()
    {
        long Digest(int node, int key) => _stores[node].WriteOf(key);
        var write = At(100, () => _tracker.Commit(A, _stores[0], key: 3, version: 1));
        At(100, () => _tracker.Commit(A, _stores[0], key: 4, version: 2));

        Assert.That(_tracker.CountDivergentKeys(Digest), Is.EqualTo(2));
        Assert.That(_tracker.CountDivergentKeys(Digest), Is.EqualTo(2), "still divergent at the next count, unchanged");
        At(150, () => _tracker.Apply(B, _stores[1], 3, write.Id, 1));
        Assert.That(_tracker.CountDivergentKeys(Digest), Is.EqualTo(1));
        Assert.That(_tracker.CountDivergentKeys(Digest), Is.EqualTo(1));
    }

    [Test]
    public void A_rejoining_old_primary_reports_the_writes_its_successor_never_had()
    {
        At(100, () => _tracker.Commit(A, _stores[0], key: 1, version: 1));
        At(1_100, () => _tracker.Commit(A, _stores[0], key: 2, version: 2));
        At(2_000, () => _tracker.OnPromoted(B));
        var snapshot = _tracker.CaptureSnapshot(B, _stores[1]);
        At(5_000, () => _tracker.InstallSnapshot(A, _stores[0], snapshot));

        Assert.Multiple(() =>
        {
            Assert.That(_reports.Select(r => (r.Node, r.Kind)), Is.EqualTo(new[] { (A, "unreplicated-writes") }));
            Assert.That(_reports[0].Detail, Does.Contain("2 write(s) committed from 0.1 s to 1.1 s"));
            Assert.That(_stores[0].WriteOf(1), Is.EqualTo(CommitLedger.Initial), "discarded, never merged");
            Assert.That(_ledger.BehindNanos(A, Ms(5_000)), Is.EqualTo(0));
        });
    }

    private T At<T>(long ms, Func<T> action)
    {
        _now = Ms(ms);
        return action();
    }

    private void At(long ms, Action action)
    {
        _now = Ms(ms);
        action();
    }

    private static long Ms(long ms) => ms * 1_000_000;

    private IReadOnlyList<SummaryRow> Rows() => _metrics.Build(null).Summary;
}
