using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>The egress bill: bytes × price per ordered pair, summed, and projected to a month.</summary>
public class EgressCostTests
{
    private const long Second = 1_000_000_000;
    private static readonly RegionId A = new(0), B = new(1);

    private static readonly Topology.Topology Regions =
        new([new RegionSpec("a", 1, null, ClockSpec.Perfect), new RegionSpec("b", 1, null, ClockSpec.Perfect)]);

    /// <summary>a → b at 0.09 USD per GB, b → a at 0.02; 10 s with 2 s of warmup.</summary>
    private static MetricsRecorder Recorder() => new(Regions, Second, 10 * Second, 2 * Second, cost: new CostSpec([0, 0.09, 0.02, 0]));

    private static SummaryRow Row(MetricsRecorder recorder, string metric, string scope) =>
        recorder.Build(null).Summary.Single(r => r.Metric == metric && r.Scope == scope);

    [Test]
    public void Each_link_costs_its_bytes_at_its_price_and_the_month_is_the_measured_rate_for_30_days()
    {
        var recorder = Recorder();
        recorder.OnBytesSent(A, B, 1_500_000_000, 3 * Second);
        recorder.OnBytesSent(A, B, 1_500_000_000, 4 * Second);
        recorder.OnBytesSent(B, A, 500_000_000, 5 * Second);
        recorder.OnBytesSent(B, A, 2_000_000_000, 1 * Second);
        recorder.OnBytesSent(A, A, 2_000_000_000, 5 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(Row(recorder, MetricNames.EgressUsd, "a->b").Mean, Is.EqualTo(3 * 0.09).Within(1e-12));
            Assert.That(Row(recorder, MetricNames.EgressUsd, "b->a").Mean, Is.EqualTo(0.5 * 0.02).Within(1e-12), "the warmup's bytes are not billed");
            Assert.That(Row(recorder, MetricNames.EgressUsd, "all").Mean, Is.EqualTo(0.28).Within(1e-12));
            Assert.That(Row(recorder, MetricNames.EgressUsd, "all").Count, Is.EqualTo(3_500_000_000));
            Assert.That(Row(recorder, MetricNames.EgressUsdPerMonth, "all").Mean, Is.EqualTo(0.28 * 30 * 86_400 / 8).Within(1e-6));
        });
    }

    [Test]
    public void An_interrupted_run_projects_the_month_from_the_time_it_measured()
    {
        var recorder = Recorder();
        recorder.OnBytesSent(A, B, 1_000_000_000, 3 * Second);
        recorder.OnRunEnd(new GeoSim.Core.Checkers.CommitLedger(keys: 1, nodes: 2), 6 * Second);
        Assert.That(Row(recorder, MetricNames.EgressUsdPerMonth, "all").Mean, Is.EqualTo(0.09 * 30 * 86_400 / 4).Within(1e-6), "4 s measured, from 2 s to 6 s");
    }

    [Test]
    public void Without_prices_there_are_no_cost_rows()
    {
        var recorder = new MetricsRecorder(Regions, Second, 10 * Second, 0);
        recorder.OnBytesSent(A, B, 1000, 3 * Second);
        Assert.That(recorder.Build(null).Summary.Any(r => r.Metric.StartsWith("egress", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void A_whole_run_bills_exactly_its_cross_region_bytes()
    {
        var scenario = TestScenarios.TwoRegions(rate: 50, readFraction: 0.2, clientRegion: TestRegions.B, durationS: 20) with { Cost = new CostSpec([0, 0.09, 0.02, 0]) };
        var result = TestScenarios.Run(scenario);
        Assert.Multiple(() =>
        {
            foreach (var (scope, price) in new[] { ("a->b", 0.09), ("b->a", 0.02) })
            {
                var bytes = result.Row(MetricNames.CrossRegionBytes, scope).Count;
                Assert.That(bytes, Is.GreaterThan(0));
                Assert.That(result.Row(MetricNames.EgressUsd, scope).Mean, Is.EqualTo(bytes / 1e9 * price).Within(1e-12), scope);
            }
        });
    }
}
