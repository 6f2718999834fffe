using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Metrics;

/// <summary>Writes a replica never applies still count in the lag: at their age at the end, flagged.</summary>
public class CensoredLagTests
{
    [Test]
    public void A_partition_to_the_end_of_the_run_puts_its_writes_in_the_lag_at_their_age()
    {
        // Writes at 100/s from a; a<->b cut from 20 s to the end (80 s). Writes committed before
        // 19.96 s arrive after 40 ms; the rest wait to the end: the oldest is 60.04 s old.
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 100, durationS: 80) with
        {
            Faults = [new PartitionFault(SimDuration.FromSeconds(20), SimDuration.FromSeconds(60), A, B, OneWay: false)],
        };
        var result = TestScenarios.Run(scenario);
        var lag = result.Row(MetricNames.ReplicationLag, "a->b");
        var censored = result.Row(MetricNames.ReplicationLagCensored, "a->b").Count;
        var delivered = result.Row(MetricNames.HopLag, "a->b").Count;

        Assert.Multiple(() =>
        {
            Assert.That(lag.Max / 1e3, Is.EqualTo(60.04).Within(0.1));
            Assert.That(lag.Count, Is.EqualTo(delivered + censored));
            // Poisson: 100/s over 60.04 s; four standard deviations (~310).
            Assert.That(censored, Is.EqualTo(6004).Within(310));
            Assert.That(delivered, Is.EqualTo(1996).Within(180));
            Assert.That(result.Row(MetricNames.ReplicaBehind, "b").Max / 1e3, Is.EqualTo(lag.Max / 1e3).Within(1.0));
        });
    }

    [Test]
    public void A_run_that_ends_caught_up_has_no_censored_writes_beyond_those_in_flight()
    {
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 100, durationS: 30);
        scenario = scenario.WithClients(scenario.Client() with { Until = SimDuration.FromSeconds(29) });
        var result = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.ReplicationLagCensored), Is.False);
            Assert.That(result.Row(MetricNames.ReplicationLag, "a->b").Max, Is.EqualTo(40.0).Within(1e-6));
        });
    }
}
