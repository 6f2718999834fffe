using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>
/// The per-interval series behind the throughput and latency-quantile charts: ops answered and
/// timed out per second, and each interval's p50 and p99, against ops planted by hand.
/// </summary>
public class IntervalOutcomesTests
{
    private const long Second = 1_000_000_000;
    private const long Ms = 1_000_000;
    private static readonly RegionId A = new(0);

    private static readonly Topology.Topology Regions = new([new RegionSpec("a", 1, null, ClockSpec.Perfect)]);

    /// <summary>10 one-second intervals, the first 2 s warmup; ops take at most 1 s.</summary>
    private static MetricsRecorder Recorder() => new(Regions, Second, 10 * Second, 2 * Second, longestOpNanos: Second);

    private static IReadOnlyList<SeriesPoint> Series(RunResultParts parts, string metric) =>
        parts.Series.Single(s => s.Metric == metric && s.Scope == "a").Points;

    private sealed record RunResultParts(IReadOnlyList<TimeSeries> Series);

    private static RunResultParts Build(MetricsRecorder recorder) => new(recorder.Build(null).Series);

    [Test]
    public void Ops_answered_and_timed_out_are_counted_per_second_of_the_interval_they_were_issued_in()
    {
        var recorder = Recorder();
        // Interval 3 (3 s to 4 s): 5 writes answered, 2 timed out; interval 5: 1 read answered.
        for (var i = 0; i < 7; i++)
        {
            var issued = 3 * Second + i * 100 * Ms;
            recorder.OnOpFinished(A, OpKind.Write, issued, issued + 50 * Ms, success: i < 5, default);
        }
        recorder.OnOpFinished(A, OpKind.Read, 5 * Second, 5 * Second + 3 * Ms, success: true, default);

        var parts = Build(recorder);

        Assert.Multiple(() =>
        {
            // Every measured interval has a point, zeros included; the ops of 3 s to 4 s end at 4 s.
            Assert.That(Series(parts, MetricNames.WritesOkPerSecond).Select(p => p.TimeSeconds), Is.EqualTo(new[] { 3.0, 4, 5, 6, 7, 8, 9, 10 }));
            Assert.That(Series(parts, MetricNames.WritesOkPerSecond).Select(p => p.Value), Is.EqualTo(new[] { 0.0, 5, 0, 0, 0, 0, 0, 0 }));
            Assert.That(Series(parts, MetricNames.WritesTimedOutPerSecond).Single(p => p.TimeSeconds == 4).Value, Is.EqualTo(2));
            Assert.That(Series(parts, MetricNames.ReadsOkPerSecond).Sum(p => p.Value), Is.EqualTo(1));
            Assert.That(parts.Series.Single(s => s.Metric == MetricNames.WritesOkPerSecond && s.Scope == "a").Value, Is.EqualTo(SeriesValue.Rate));
        });
    }

    [Test]
    public void Each_interval_gets_its_own_p50_and_p99_exact_for_equal_latencies()
    {
        var recorder = Recorder();
        // Interval 2: latencies 1 … 100 ms; interval 6: 100 ops of exactly 7 ms.
        for (var i = 1; i <= 100; i++)
        {
            var issued = 2 * Second + i * Ms;
            recorder.OnOpFinished(A, OpKind.Write, issued, issued + i * Ms, success: true, default);
            recorder.OnOpFinished(A, OpKind.Write, 6 * Second + i * Ms, 6 * Second + i * Ms + 7 * Ms, success: true, default);
        }

        var parts = Build(recorder);

        var p50 = Series(parts, MetricNames.WriteLatencyP50).ToDictionary(p => p.TimeSeconds, p => p.Value);
        var p99 = Series(parts, MetricNames.WriteLatencyP99).ToDictionary(p => p.TimeSeconds, p => p.Value);
        Assert.Multiple(() =>
        {
            Assert.That(p50.Keys, Is.EqualTo(new[] { 3.0, 7.0 }));
            Assert.That((p50[7], p99[7]), Is.EqualTo((7.0, 7.0)));
            // Nearest rank 50 is 50 ms, 99 is 99 ms: each within its bucket (under 12.5 % wide).
            Assert.That(p50[3], Is.EqualTo(50).Within(12.5).Percent);
            Assert.That(p99[3], Is.EqualTo(99).Within(12.5).Percent);
            Assert.That(p99[3], Is.GreaterThan(p50[3]));
        });
    }

    [Test]
    public void Intervals_past_the_open_window_are_closed_and_later_ones_still_count()
    {
        var quantiles = new IntervalQuantiles(intervals: 100, open: 3);
        for (var interval = 0; interval < 100; interval++)
        {
            quantiles.Record(interval, (interval + 1) * 1000);
        }

        // A sample for an interval whose slot a later one took is a bug, reported, not dropped.
        Assert.That(() => quantiles.Record(10, 5), Throws.InvalidOperationException);
        quantiles.CloseAll();
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 100).All(quantiles.HasSamples), Is.True);
            Assert.That(Enumerable.Range(0, 100).Select(quantiles.P50), Is.EqualTo(Enumerable.Range(1, 100).Select(i => i * 1000.0)));
        });
    }

    [Test]
    public void Buckets_are_exact_below_eight_and_eight_per_power_of_two_above()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 8).Select(v => IntervalQuantiles.BucketOf(v)), Is.EqualTo(Enumerable.Range(0, 8)));
            Assert.That(IntervalQuantiles.BucketOf(8), Is.EqualTo(8));
            Assert.That(IntervalQuantiles.BucketOf(15), Is.EqualTo(15));
            Assert.That(IntervalQuantiles.BucketOf(16), Is.EqualTo(16));
            Assert.That(IntervalQuantiles.BucketOf(17), Is.EqualTo(16), "16 and 17 share a bucket of width 2");
            Assert.That(IntervalQuantiles.BucketOf(long.MaxValue), Is.LessThan(64 * 8));
        });
    }
}
