using GeoSim.Core.Metrics;

namespace GeoSim.Core.Tests.Faults;

/// <summary>A link offered more than its bandwidth is reported once, as an overload event.</summary>
public class OverloadTests
{
    // 100 writes/s of 1,000 B on a->b: 0.8 Mbps offered.
    [TestCase(0.5e6, 1)]
    [TestCase(0.7e6, 1)]
    [TestCase(1.0e6, 0)]
    [TestCase(2.0e6, 0)]
    public void An_overload_is_reported_when_the_offered_load_exceeds_the_bandwidth(double bandwidthBps, int expected)
    {
        var scenario = TestScenarios.TwoRegions(bandwidthBps: bandwidthBps, readFraction: 0, rate: 100, durationS: 60);
        var result = TestScenarios.Run(scenario);
        var overloads = result.Events.Where(e => e.Kind == "overload").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(overloads, Has.Count.EqualTo(expected));
            Assert.That(overloads.Select(e => e.Scope), Is.All.EqualTo("a->b"));
        });
    }

    [Test]
    public void An_overloaded_link_shows_a_lag_that_grows_with_the_run_at_the_rate_of_the_excess()
    {
        // Offered 0.8 Mbps to 0.5 Mbps: work arrives at 1.6 s per second, so a write committed at c
        // waits 0.6·c and is delivered at 1.6·c. The last delivered by 60 s was committed at 37.5 s
        // and waited 22.5 s; the writes still queued at the end are younger than that. Poisson
        // arrivals (6,000 ± 77 writes) move it by about a second.
        var result = TestScenarios.Run(TestScenarios.TwoRegions(bandwidthBps: 0.5e6, readFraction: 0, rate: 100, durationS: 60));

        Assert.That(result.Row(MetricNames.ReplicationLag, "a->b").Max / 1e3, Is.EqualTo(22.5).Within(1.5));
    }
}
