using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// k-staleness against its closed form. One replica in a and one in b (N = 2, W = R = 1): writes
/// from a are acknowledged by a's replica and reach b's only if the datagram survives the a → b
/// link's loss p, independently for each write (no hints, repair or anti-entropy). A reader in b
/// asks b's replica alone, so it returns the newest write that arrived: it is j versions behind
/// with probability p^j (1 − p), and within the last k versions with probability 1 − p^k.
/// </summary>
public class KStalenessTests
{
    private static readonly (string, int)[] Regions = [("a", 1), ("b", 1)];

    /// <summary>0.1 ms one way: a read meets a write still in flight once in 2,500 writes of its key, far below the tolerance.</summary>
    private static double Near(string from, string to) => 0.1;

    private static RunResult Run(double loss, long seed)
    {
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, A, B), write: "one", read: "one", targets: ReadTargets.Needed);
        var scenario = QuorumScenarios.Build(spec, Near, rate: 20, readFraction: 0, durationS: 1000, Regions, seed: seed, keys: 5);
        var writer = scenario.Workload.Clients[0];
        var links = scenario.Network.Links.Select(l => l.From == A && l.To == B ? l with { Loss = loss } : l).ToList();
        return TestScenarios.Run(scenario with
        {
            Network = scenario.Network with { Links = links },
            Workload = scenario.Workload with { Clients = [writer, writer with { Region = B, RatePerSecond = 100, ReadFraction = 1 }] },
        });
    }

    [TestCase(0.5, 1)]
    [TestCase(0.5, 7)]
    [TestCase(0.2, 3)]
    public void The_share_of_reads_within_the_last_k_versions_is_one_minus_the_loss_to_the_k(double loss, long seed)
    {
        var result = Run(loss, seed);
        Assert.Multiple(() =>
        {
            for (var k = 1; k <= 3; k++)
            {
                var row = result.Row(MetricNames.InLastVersions(k), "b");
                // 100,000 reads; over 10 seeds the shares spread by ±0.005.
                Assert.That(row.Count, Is.GreaterThan(95_000));
                Assert.That(row.Mean, Is.EqualTo(1 - Math.Pow(loss, k)).Within(0.015), $"k = {k}");
            }
        });
    }

    [Test]
    public void Within_the_last_version_is_exactly_the_share_of_fresh_reads()
    {
        var result = Run(0.5, seed: 1);
        Assert.That(result.Row(MetricNames.InLastVersions(1), "all").Mean,
            Is.EqualTo(1 - result.Row(MetricNames.StaleReadRatio, "all").Mean).Within(1e-12));
    }

    [Test]
    public void Without_loss_every_read_is_within_the_last_version()
    {
        var result = Run(0, seed: 1);
        Assert.That(result.Row(MetricNames.InLastVersions(1), "b").Mean, Is.GreaterThan(0.999));
    }
}
