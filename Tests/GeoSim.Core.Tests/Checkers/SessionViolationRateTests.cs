using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Checkers;

public class SessionViolationRateTests
{
    [Test]
    public void Read_your_writes_breaks_with_the_probability_of_an_acknowledgement_in_the_blind_window()
    {
        // One key; the client in c (no nodes) reads from b (10 ms) and writes through b to the
        // primary a (100 ms), whose acknowledgement takes 20 ms back to c. A write acknowledged at A
        // reaches b at A + 80 ms, so a read issued at t misses it exactly when an acknowledgement
        // fell in (t - 70 ms, t]. Acknowledgements are Poisson at 25/s x 0.2 = 5/s, and reads see
        // time averages (PASTA): P = 1 - exp(-5/s x 0.07 s) = 0.2953.
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.Nearest, durationS: 210)
            .WithRegions((from, to) => (from, to) switch
            {
                ("a", "b") or ("b", "a") => 100,
                ("a", "c") or ("c", "a") => 20,
                _ => 10,
            }, ("a", 1), ("b", 1), ("c", 0));
        scenario = scenario with { Workload = scenario.Workload with { Keys = 1 } };
        scenario = scenario.WithClients(scenario.Client() with { Region = C, RatePerSecond = 25, ReadFraction = 0.8, Sessions = 1 });

        var result = TestScenarios.Run(scenario);
        var reads = result.Row(MetricNames.ReadAvailability, "c").Count;
        var ratio = result.Row(MetricNames.SessionViolations, "c").Count / (double)reads;
        var expected = 1 - Math.Exp(-5 * 0.07);
        var sigma = Math.Sqrt(expected * (1 - expected) / reads);

        Assert.That(ratio, Is.EqualTo(expected).Within(4 * sigma));
    }
}
