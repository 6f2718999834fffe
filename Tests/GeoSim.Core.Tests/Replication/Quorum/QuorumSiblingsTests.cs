using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// <c>conflict-resolution: siblings</c>. One key, a replica in a and one in b (N = 2, W = R = 1),
/// a writer in each region, a and b cut off from each other for the first 10 s: each side's
/// writes are acknowledged by its own replica and never reach the other's until anti-entropy
/// (every 5 s) exchanges them after the heal. Both sides' last writes are concurrent.
/// </summary>
public class QuorumSiblingsTests
{
    private const int Key = 0;
    private static readonly (string, int)[] Regions = [("a", 1), ("b", 1)];

    private static double Near(string from, string to) => 5;

    /// <summary>Writers in a and b at 2 per second until 10 s; with <paramref name="aWritesUntil"/>, a's writer goes on until then.</summary>
    private static (RunResult Result, long[] Digests) Run(Resolution resolution, double aWritesUntil = 10)
    {
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, A, B), write: "one", read: "one") with
        {
            Resolution = resolution,
            AntiEntropyEvery = SimDuration.FromSeconds(5),
        };
        var scenario = QuorumScenarios.Build(spec, Near, rate: 2, readFraction: 0, durationS: 60, Regions, keys: 1,
            faults: [new PartitionFault(SimDuration.Zero, SimDuration.FromSeconds(10), A, B, OneWay: false)]);
        var writer = scenario.Workload.Clients[0];
        var clients = new[]
        {
            writer with { Until = SimDuration.FromSeconds(aWritesUntil) },
            writer with { Region = B, Until = SimDuration.FromSeconds(10) },
        };
        return QuorumScenarios.RunWithDigests(scenario with { Workload = scenario.Workload with { Clients = clients } }, Key);
    }

    [Test]
    public void Concurrent_writes_are_kept_as_siblings_on_every_replica_and_none_is_lost()
    {
        var (result, digests) = Run(Resolution.Siblings);
        Assert.Multiple(() =>
        {
            Assert.That(digests[0], Is.EqualTo(digests[1]), "anti-entropy converges both replicas to the same siblings");
            Assert.That(result.Total(MetricNames.LostUpdates), Is.Zero);
            Assert.That(result.Total(MetricNames.Conflicts), Is.GreaterThan(0));
            Assert.That(result.Row(MetricNames.SiblingKeys, "a").Max, Is.EqualTo(1), "the one key has siblings in a");
        });
    }

    [Test]
    public void Under_last_writer_wins_the_same_writes_converge_to_one_of_them()
    {
        var (lww, lwwDigests) = Run(Resolution.Lww);
        var (_, siblingDigests) = Run(Resolution.Siblings);
        Assert.Multiple(() =>
        {
            Assert.That(lwwDigests[0], Is.EqualTo(lwwDigests[1]));
            Assert.That(lwwDigests[0], Is.Not.EqualTo(siblingDigests[0]), "one write, not the siblings");
            Assert.That(lww.Summary.Any(r => r.Metric == MetricNames.SiblingKeys), Is.False);
        });
    }

    [Test]
    public void A_write_that_has_seen_the_siblings_replaces_them()
    {
        // a keeps writing until 40 s: once anti-entropy has brought b's write to a's replica, a's
        // next write has seen both and supersedes them; by the end both replicas hold it alone.
        var (_, siblings) = Run(Resolution.Siblings);
        var (result, digests) = Run(Resolution.Siblings, aWritesUntil: 40);
        Assert.Multiple(() =>
        {
            Assert.That(digests[0], Is.EqualTo(digests[1]));
            Assert.That(digests[0], Is.Not.EqualTo(siblings[0]));
            Assert.That(result.Total(MetricNames.LostUpdates), Is.Zero);
            Assert.That(result.Total(MetricNames.Conflicts), Is.GreaterThan(0));
            Assert.That(result.Row(MetricNames.SiblingKeys, "a").Min, Is.Zero, "the siblings were resolved");
        });
    }

    [Test]
    public void One_writer_alone_never_makes_siblings()
    {
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, A, B), write: "one", read: "one") with { Resolution = Resolution.Siblings };
        var scenario = QuorumScenarios.Build(spec, Near, rate: 20, readFraction: 0.5, durationS: 30, Regions, keys: 3);
        var (result, digests) = QuorumScenarios.RunWithDigests(scenario, Key);
        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.Conflicts), Is.Zero);
            Assert.That(result.Row(MetricNames.StaleReadRatio, "all").Mean, Is.Zero, "R = W = 1 on a's own replica");
            Assert.That(digests[0], Is.EqualTo(digests[1]));
        });
    }
}
