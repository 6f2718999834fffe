using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>
/// The rows the recorder builds from what it samples (siblings, clock offsets, divergence) and
/// from per-pair and per-region counts over three regions, each value planted and counted by hand.
/// </summary>
public class MetricsRecorderSamplingTests
{
    private const long Second = 1_000_000_000;
    private static readonly RegionId A = new(0);
    private static readonly RegionId B = new(1);
    private static readonly RegionId C = new(2);

    /// <summary>a with 2 nodes (0, 1), b with 1 (2), c with 1 (3), d with none.</summary>
    private static readonly Topology.Topology Regions = new([
        new RegionSpec("a", 2, null, ClockSpec.Perfect), new RegionSpec("b", 1, null, ClockSpec.Perfect),
        new RegionSpec("c", 1, null, ClockSpec.Perfect), new RegionSpec("d", 0, null, ClockSpec.Perfect)]);

    /// <summary>10 one-second intervals, the first 2 s warmup.</summary>
    private static MetricsRecorder Recorder() => new(Regions, Second, 10 * Second, 2 * Second);

    private static IReadOnlyList<SummaryRow> Rows(MetricsRecorder recorder, string metric) =>
        recorder.Build(null).Summary.Where(r => r.Metric == metric).ToList();

    private static SummaryRow Row(MetricsRecorder recorder, string metric, string scope) =>
        Rows(recorder, metric).Single(r => r.Scope == scope);

    private static IReadOnlyList<SeriesPoint> Series(MetricsRecorder recorder, string metric, string scope) =>
        recorder.Build(null).Series.Single(s => s.Metric == metric && s.Scope == scope).Points;

    private static PhysicalClock Clock(long offsetNanos) => new(offsetNanos, 0, 0, 0, new RandomStream(1));

    [Test]
    public void Sibling_keys_are_the_most_any_node_of_the_region_holds_sampled_after_the_warmup()
    {
        var recorder = Recorder();
        recorder.SampleSiblings(4 * Second);
        Assert.That(Rows(recorder, MetricNames.SiblingKeys), Is.Empty, "no rows before any node reports siblings");

        recorder.OnSiblingKeys(new NodeId(0), 3);
        recorder.OnSiblingKeys(new NodeId(1), 5);
        recorder.OnSiblingKeys(new NodeId(2), 2);
        recorder.SampleSiblings(1 * Second);
        recorder.SampleSiblings(4 * Second);
        recorder.OnSiblingKeys(new NodeId(1), 1);
        recorder.SampleSiblings(5 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "a").Count, Is.EqualTo(2), "the warmup sample does not count");
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "a").Max, Is.EqualTo(5));
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "a").Mean, Is.EqualTo(4), "(5 + max(3, 1)) / 2");
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "a").Unit, Is.EqualTo("keys"));
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "b").Max, Is.EqualTo(2));
            Assert.That(Row(recorder, MetricNames.SiblingKeys, "c").Max, Is.EqualTo(0));
            Assert.That(Series(recorder, MetricNames.SiblingKeys, "a").Select(p => (p.TimeSeconds, p.Value)), Is.EqualTo(new[] { (4.0, 5.0), (5.0, 3.0) }));
        });
    }

    [Test]
    public void Clock_offset_is_the_signed_offset_of_the_regions_furthest_node()
    {
        var recorder = Recorder();
        PhysicalClock[] clocks = [Clock(2 * Second), Clock(-3 * Second), Clock(0), Clock(500_000_000)];
        recorder.SampleClockOffsets(clocks, 1 * Second);
        recorder.SampleClockOffsets(clocks, 3 * Second);
        recorder.SampleClockOffsets(clocks, 4 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.ClockOffset, "a").Max, Is.EqualTo(-3000.0).Within(1e-9), "-3 s beats +2 s; a mean would give -500 ms");
            Assert.That(Row(recorder, MetricNames.ClockOffset, "a").Count, Is.EqualTo(2));
            Assert.That(Row(recorder, MetricNames.ClockOffset, "a").Unit, Is.EqualTo("ms"));
            Assert.That(Row(recorder, MetricNames.ClockOffset, "b").Max, Is.EqualTo(0));
            Assert.That(Row(recorder, MetricNames.ClockOffset, "c").Max, Is.EqualTo(500.0).Within(1e-9));
            Assert.That(Rows(recorder, MetricNames.ClockOffset).Select(r => r.Scope), Is.EqualTo(new[] { "a", "b", "c" }), "a region without nodes has no clock");
            Assert.That(Series(recorder, MetricNames.ClockOffset, "c").Select(p => p.TimeSeconds), Is.EqualTo(new[] { 3.0, 4.0 }));
        });
    }

    [Test]
    public void Perfect_clocks_give_no_clock_offset_rows()
    {
        var recorder = Recorder();
        recorder.SampleClockOffsets([Clock(0), Clock(0), Clock(0), Clock(0)], 4 * Second);
        Assert.That(Rows(recorder, MetricNames.ClockOffset), Is.Empty);
    }

    [Test]
    public void Divergent_keys_are_sampled_after_the_warmup()
    {
        var recorder = Recorder();
        recorder.SampleDivergence(9, 1 * Second);
        recorder.SampleDivergence(3, 4 * Second);
        recorder.SampleDivergence(1, 5 * Second);

        var row = Row(recorder, MetricNames.DivergentKeys, "all");
        Assert.That((row.Count, row.Max, row.Mean), Is.EqualTo((2L, 3.0, 2.0)));
    }

    [Test]
    public void Pairs_are_named_by_source_then_destination_for_every_pair_of_three_regions()
    {
        var recorder = Recorder();
        recorder.OnReplicated(B, C, 3 * Second, 3 * Second + 20_000_000);
        recorder.OnReplicated(C, B, 3 * Second, 3 * Second + 70_000_000);
        recorder.OnHop(C, A, 3 * Second, 3 * Second + 5_000_000);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.ReplicationLag, "b->c").Max, Is.EqualTo(20.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.ReplicationLag, "c->b").Max, Is.EqualTo(70.0).Within(1e-9));
            Assert.That(Row(recorder, MetricNames.HopLag, "c->a").Max, Is.EqualTo(5.0).Within(1e-9));
            Assert.That(Rows(recorder, MetricNames.ReplicationLag).Select(r => r.Scope), Is.EquivalentTo(new[] { "b->c", "c->b" }));
        });
    }

    [Test]
    public void Writes_never_applied_count_as_censored_lag_of_their_pair_at_their_age_at_the_end()
    {
        var recorder = Recorder();
        var ledger = new CommitLedger(keys: 4, nodes: 4);
        var warm = ledger.Commit(1, new NodeId(2), 1 * Second);
        ledger.OnApplied(new NodeId(2), warm, 1 * Second);
        var fromB = ledger.Commit(0, new NodeId(2), 3 * Second);
        ledger.OnApplied(new NodeId(2), fromB, 3 * Second);
        ledger.OnApplied(new NodeId(0), fromB, 3 * Second);
        ledger.OnApplied(new NodeId(1), fromB, 3 * Second);

        recorder.OnRunEnd(ledger, 10 * Second);

        var row = Row(recorder, MetricNames.ReplicationLag, "b->c");
        Assert.Multiple(() =>
        {
            Assert.That((row.Count, row.Max), Is.EqualTo((1L, 7000.0)), "node 3 in c never applied the write of 3 s; the warmup write does not count");
            Assert.That(Row(recorder, MetricNames.ReplicationLagCensored, "b->c").Count, Is.EqualTo(1));
            Assert.That(Series(recorder, MetricNames.ReplicationLagCensored, "b->c").Single(p => p.Value > 0).TimeSeconds, Is.EqualTo(4.0), "counted in the interval of its commit");
            Assert.That(Rows(recorder, MetricNames.ReplicationLag).Select(r => r.Scope), Is.EqualTo(new[] { "b->c" }));
        });
    }

    [Test]
    public void A_region_without_nodes_or_marked_dataless_is_never_behind()
    {
        var recorder = new MetricsRecorder(Regions, Second, 10 * Second, 2 * Second, dataless: [C]);
        recorder.SampleBehind(new CommitLedger(keys: 1, nodes: 4), 4 * Second);

        Assert.That(Rows(recorder, MetricNames.ReplicaBehind).Select(r => r.Scope), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Every_count_has_its_unit_and_a_series_per_interval()
    {
        var recorder = Recorder();
        recorder.ReportFailover();
        recorder.OnFailover(B, 5 * Second + 1);
        recorder.OnLostUpdates(B, 4, 5 * Second + 1);
        recorder.OnRtoCensored(C, 3 * Second, 7 * Second);
        recorder.OnConflict(A, 6 * Second + 1);
        recorder.OnOpFinished(C, OpKind.Read, 3 * Second, 3 * Second + 1, success: true, ReadOutcome.Fresh);
        recorder.OnSessionViolation(C, 3 * Second + 1);

        (string Metric, string Scope, string Unit, double At, double Value)[] expected =
        [
            (MetricNames.Failovers, "b", "promotions", 6, 1),
            (MetricNames.LostUpdates, "b", "writes", 6, 4),
            (MetricNames.RtoCensored, "c", "failovers", 8, 1),
            (MetricNames.Conflicts, "a", "count", 7, 1),
            (MetricNames.SessionViolations, "c", "reads", 4, 1),
        ];
        Assert.Multiple(() =>
        {
            foreach (var (metric, scope, unit, at, value) in expected)
            {
                Assert.That(Row(recorder, metric, scope).Unit, Is.EqualTo(unit), metric);
                var points = Series(recorder, metric, scope);
                Assert.That(points.Where(p => p.Value != 0).Select(p => (p.TimeSeconds, p.Value)), Is.EqualTo(new[] { (at, value) }), metric);
            }
        });
    }

    [Test]
    public void The_all_scope_latency_is_the_time_from_issue_to_reply()
    {
        var recorder = Recorder();
        recorder.OnOpFinished(B, OpKind.Write, 3 * Second, 3 * Second + 9_000_000, success: true, ReadOutcome.Fresh);

        Assert.That(Row(recorder, MetricNames.WriteLatency, "all").Max, Is.EqualTo(9.0).Within(1e-9));
    }
}
