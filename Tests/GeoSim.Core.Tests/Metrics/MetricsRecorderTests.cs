using GeoSim.Core.Checkers;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>Rows the recorder builds from planted events, each counted by hand.</summary>
public class MetricsRecorderTests
{
    private const long Second = 1_000_000_000;
    private static readonly RegionId A = new(0);
    private static readonly RegionId B = new(1);

    private static readonly Topology.Topology Regions =
        new([new RegionSpec("a", 2, null, ClockSpec.Perfect), new RegionSpec("b", 1, null, ClockSpec.Perfect)]);

    /// <summary>10 one-second intervals, the first 2 s warmup.</summary>
    private static MetricsRecorder Recorder() => new(Regions, Second, 10 * Second, 2 * Second);

    private static SummaryRow Row(MetricsRecorder recorder, string metric, string scope) =>
        recorder.Build(null).Summary.Single(r => r.Metric == metric && r.Scope == scope);

    [Test]
    public void Client_ops_count_per_region_and_in_all_and_only_after_the_warmup()
    {
        var recorder = Recorder();
        recorder.OnOpFinished(A, OpKind.Write, 1 * Second, 1 * Second + 5, success: true, ReadOutcome.Fresh);
        recorder.OnOpFinished(A, OpKind.Write, 3 * Second, 3 * Second + 7_000_000, success: true, ReadOutcome.Fresh);
        recorder.OnOpFinished(A, OpKind.Write, 4 * Second, 6 * Second, success: false, ReadOutcome.Fresh);
        recorder.OnOpFinished(B, OpKind.Read, 5 * Second, 5 * Second + 2_000_000, success: true, new ReadOutcome(true, 30_000_000, 1));
        recorder.OnOpFinished(B, OpKind.Read, 5 * Second, 5 * Second + 4_000_000, success: true, ReadOutcome.Fresh);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.WriteLatency, "a").Count, Is.EqualTo(1), "the warmup op and the timeout do not count");
            Assert.That(Row(recorder, MetricNames.WriteLatency, "a").Max, Is.EqualTo(7.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.WriteAvailability, "a").Mean, Is.EqualTo(0.5));
            Assert.That(Row(recorder, MetricNames.Availability, "all").Count, Is.EqualTo(4));
            Assert.That(Row(recorder, MetricNames.Availability, "all").Mean, Is.EqualTo(0.75));
            Assert.That(Row(recorder, MetricNames.ReadLatency, "b").Mean, Is.EqualTo(3.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.StaleReadRatio, "b").Mean, Is.EqualTo(0.5));
            Assert.That(Row(recorder, MetricNames.ReadStaleness, "all").Max, Is.EqualTo(30.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.ReadAvailability, "b").Count, Is.EqualTo(2));
        });
    }

    [Test]
    public void K_staleness_counts_each_read_within_every_k_larger_than_its_versions_behind()
    {
        var recorder = Recorder();
        foreach (var behind in new[] { 0, 0, 0, 0, 1, 1, 1, 2, 2, 3 })
        {
            recorder.OnOpFinished(B, OpKind.Read, 5 * Second, 5 * Second + 1, success: true, new ReadOutcome(behind > 0, 1, behind));
        }
        recorder.OnOpFinished(B, OpKind.Read, 5 * Second, 6 * Second, success: false, new ReadOutcome(true, 1, 3));
        recorder.OnOpFinished(B, OpKind.Read, 1 * Second, 1 * Second + 1, success: true, new ReadOutcome(true, 1, 3));

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.InLastVersions(1), "b").Mean, Is.EqualTo(0.4));
            Assert.That(Row(recorder, MetricNames.InLastVersions(2), "b").Mean, Is.EqualTo(0.7));
            Assert.That(Row(recorder, MetricNames.InLastVersions(3), "all").Mean, Is.EqualTo(0.9));
            Assert.That(Row(recorder, MetricNames.InLastVersions(3), "all").Count, Is.EqualTo(10), "the failed read and the warmup read do not count");
            Assert.That(recorder.Build(null).Summary.Any(r => r.Metric == MetricNames.InLastVersions(1) && r.Scope == "a"), Is.False, "no row without reads");
        });
    }

    [Test]
    public void Session_violations_have_a_row_for_every_region_with_reads_and_count_after_the_warmup()
    {
        var recorder = Recorder();
        recorder.OnOpFinished(B, OpKind.Read, 5 * Second, 5 * Second + 1, success: true, ReadOutcome.Fresh);
        recorder.OnSessionViolation(B, 5 * Second);
        recorder.OnSessionViolation(B, 6 * Second);
        recorder.OnSessionViolation(B, 1 * Second);

        var rows = recorder.Build(null).Summary.Where(r => r.Metric == MetricNames.SessionViolations).ToList();
        Assert.That(rows.Select(r => (r.Scope, r.Count)), Is.EqualTo(new[] { ("b", 2L) }));
    }

    [Test]
    public void Cross_region_traffic_counts_bytes_and_messages_per_ordered_pair_never_within_a_region()
    {
        var recorder = Recorder();
        recorder.OnBytesSent(A, B, 100, 3 * Second);
        recorder.OnBytesSent(A, B, 50, 4 * Second);
        recorder.OnBytesSent(B, A, 7, 4 * Second);
        recorder.OnBytesSent(A, A, 1000, 4 * Second);
        recorder.OnBytesSent(A, B, 1000, 1 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.CrossRegionBytes, "a->b").Count, Is.EqualTo(150));
            Assert.That(Row(recorder, MetricNames.CrossRegionBytes, "b->a").Count, Is.EqualTo(7));
            Assert.That(Row(recorder, MetricNames.CrossRegionMessages, "a->b").Count, Is.EqualTo(2));
            Assert.That(recorder.Build(null).Summary.Any(r => r.Scope == "a->a"), Is.False);
        });
    }

    [Test]
    public void Lag_is_measured_for_writes_committed_after_the_warmup_per_pair()
    {
        var recorder = Recorder();
        recorder.OnReplicated(A, B, 3 * Second, 3 * Second + 40_000_000);
        recorder.OnReplicated(A, B, 1 * Second, 3 * Second);
        recorder.OnHop(B, A, 4 * Second, 4 * Second + 10_000_000);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.ReplicationLag, "a->b").Count, Is.EqualTo(1));
            Assert.That(Row(recorder, MetricNames.ReplicationLag, "a->b").Mean, Is.EqualTo(40.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.HopLag, "b->a").Max, Is.EqualTo(10.0).Within(1e-9));
        });
    }

    [Test]
    public void Replica_behind_is_the_worst_node_of_the_region()
    {
        var recorder = Recorder();
        var ledger = new CommitLedger(keys: 2, nodes: 3);
        var write = ledger.Commit(0, new NodeId(0), 3 * Second);
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(new NodeId(0), write, 3 * Second);
        ledger.OnApplied(new NodeId(1), write, 3 * Second);
        recorder.SampleBehind(ledger, 4 * Second);
        recorder.SampleBehind(ledger, 1 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.ReplicaBehind, "a").Max, Is.EqualTo(0));
            Assert.That(Row(recorder, MetricNames.ReplicaBehind, "b").Max, Is.EqualTo(1000.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.ReplicaBehind, "b").Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void Conflicts_and_lost_updates_have_rows_only_once_any_happened_and_then_for_every_region()
    {
        var quiet = Recorder();
        Assert.That(quiet.Build(null).Summary.Any(r => r.Metric is MetricNames.Conflicts or MetricNames.LostUpdates), Is.False);

        var recorder = Recorder();
        recorder.OnConflict(B, 3 * Second);
        recorder.OnConflict(B, 4 * Second);
        recorder.OnConflict(A, 1 * Second);
        recorder.OnLostUpdates(A, 3, 5 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.Conflicts, "a").Count, Is.EqualTo(0));
            Assert.That(Row(recorder, MetricNames.Conflicts, "b").Count, Is.EqualTo(2));
            Assert.That(Row(recorder, MetricNames.LostUpdates, "a").Count, Is.EqualTo(3));
            Assert.That(Row(recorder, MetricNames.LostUpdates, "b").Count, Is.EqualTo(0));
            Assert.That(recorder.Build(null).Summary.Any(r => r.Metric == MetricNames.Failovers), Is.False);
        });
    }

    [Test]
    public void Failover_rows_report_promotions_and_recovery_times_per_region()
    {
        var recorder = Recorder();
        recorder.ReportFailover();
        recorder.OnFailover(B, 5 * Second);
        recorder.OnRto(B, 6 * Second, 5 * Second);
        recorder.OnRpo(B, 50_000_000, 5 * Second);
        recorder.OnSplitBrain(A, 2 * Second, 4 * Second);
        recorder.OnRto(A, Second, 1 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.Failovers, "a").Count, Is.EqualTo(0));
            Assert.That(Row(recorder, MetricNames.Failovers, "b").Count, Is.EqualTo(1));
            Assert.That(Row(recorder, MetricNames.LostUpdates, "b").Count, Is.EqualTo(0));
            Assert.That(Row(recorder, MetricNames.Rto, "b").Max, Is.EqualTo(6.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.Rpo, "b").Max, Is.EqualTo(0.05).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.SplitBrain, "a").Max, Is.EqualTo(2.0).Within(1e-9));
            Assert.That(recorder.Build(null).Summary.Any(r => r.Metric == MetricNames.Rto && r.Scope == "a"), Is.False, "in the warmup");
        });
    }

    [Test]
    public void Convergence_has_a_row_only_when_it_happened()
    {
        Assert.That(Recorder().Build(null).Summary.Any(r => r.Metric == MetricNames.Convergence), Is.False);
        var converged = Recorder().Build(1_500_000_000).Summary.Single(r => r.Metric == MetricNames.Convergence);
        Assert.That((converged.Mean, converged.Min, converged.Max, converged.Count), Is.EqualTo((1.5, 1.5, 1.5, 1L)));
    }
}
