using GeoSim.Core.Clocks;
using GeoSim.Core.Run;
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
    private EventLog _events = null!;
    private FailoverTracker _failover = null!;

    [SetUp]
    public void Build()
    {
        var scenario = TestScenarios.TwoRegions();
        var topology = new Topology.Topology(scenario.Regions);
        var streams = new RandomStreams(1);
        _metrics = new MetricsRecorder(topology, 1_000_000_000, 60_000_000_000, 0);
        var network = new Network(topology, scenario.Network, streams.Get("network"), _metrics);
        var clocks = Enumerable.Range(0, topology.NodeCount).Select(_ => new PhysicalClock(0, 0, 0, 0, streams.Get("clock"))).ToArray();
        _events = new EventLog();
        var faults = new FaultInjector(scenario, topology, network, clocks, streams, _events);
        _ledger = new CommitLedger(scenario.Workload.Keys, topology.NodeCount);
        var failover = new FailoverChecker(topology, network, faults, _metrics, _events);
        _tracker = new WriteTracker(_ledger, topology, _metrics, failover, () => _now, _events);
        _failover = new FailoverTracker(_ledger, failover, () => _now);
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
        At(2_000, () => _failover.OnPromoted(B));
        var snapshot = _tracker.CaptureSnapshot(B, _stores[1]);
        At(5_000, () => _tracker.InstallSnapshot(A, _stores[0], snapshot));

        Assert.Multiple(() =>
        {
            Assert.That(_events.Rows.Select(r => (r.Scope, r.Kind)), Is.EqualTo(new[] { ("a", "unreplicated-writes") }));
            Assert.That(_events.Rows[0].Detail, Does.Contain("2 write(s) committed from 0.1 s to 1.1 s"));
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
