using GeoSim.Core.Distributions;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication;

/// <summary>Requests that take more than one forward: each hop is legitimate and must be carried.</summary>
public class ForwardingTests
{
    [Test]
    public void A_least_lag_read_that_finds_its_replica_behind_the_session_goes_on_to_the_primary()
    {
        // Primary a; replicas b (40 ms + exponential jitter, mean 20 ms) and c (60 ms) from a;
        // b-c 5 ms. Clients in c read your writes at least-lag: some reads go c -> b (1 hop), find
        // b behind their token and go on b -> a (2 hops). All must be answered.
        var scenario = TestScenarios.TwoRegions(readFrom: ReadFrom.LeastLag, clientRegion: C, rate: 2000, readFraction: 0.5, durationS: 20)
            .WithRegions((x, y) => string.Concat(new[] { x, y }.Order()) switch { "ab" => 40, "ac" => 60, _ => 5 }, ("a", 1), ("b", 1), ("c", 1));
        var jitter = new SumDistribution([new ConstantDistribution(40e6), new ExponentialDistribution(20e6)]);
        scenario = scenario with
        {
            Network = scenario.Network with
            {
                Links = scenario.Network.Links.Select(l => (l.From, l.To) == (A, B) || (l.From, l.To) == (B, A) ? l with { Latency = jitter } : l).ToList(),
            },
        };
        scenario = scenario.WithClients(scenario.Client() with { Consistency = Consistency.ReadYourWrites, Sessions = 100 });
        var result = TestScenarios.Run(scenario);
        var reads = result.Row(MetricNames.ReadLatency, "c");

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.ReadAvailability, "c").Mean, Is.EqualTo(1.0));
            // The two-hop path c -> b -> a -> c takes 5 + 40.. + 60 ms: some reads took it.
            Assert.That(reads.Max, Is.GreaterThanOrEqualTo(105.0));
            Assert.That(result.Row(MetricNames.SessionViolations, "c").Count, Is.EqualTo(0));
        });
    }
}
