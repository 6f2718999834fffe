using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Workload;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// With constant latencies, a quorum write takes exactly the W-th smallest coordinator round trip
/// and a read the R-th smallest: the coordinator in a, one replica in each of b, c, d at 10, 20
/// and 40 ms one way (round trips 20, 40, 80 ms).
/// </summary>
public class QuorumLatencyTests
{
    private static readonly (string, int)[] Regions = [("a", 1), ("b", 1), ("c", 1), ("d", 1)];

    private static double OneWay(string from, string to) => (from, to) switch
    {
        ("a", "b") or ("b", "a") => 10,
        ("a", "c") or ("c", "a") => 20,
        ("a", "d") or ("d", "a") => 40,
        _ => 50,
    };

    private static readonly double[] RoundTripsMs = [20, 40, 80];

    [TestCase(OpKind.Write, "1", ReadTargets.All)]
    [TestCase(OpKind.Write, "2", ReadTargets.All)]
    [TestCase(OpKind.Write, "3", ReadTargets.All)]
    [TestCase(OpKind.Write, "2", ReadTargets.Needed)]
    [TestCase(OpKind.Read, "1", ReadTargets.All)]
    [TestCase(OpKind.Read, "2", ReadTargets.All)]
    [TestCase(OpKind.Read, "3", ReadTargets.All)]
    [TestCase(OpKind.Read, "1", ReadTargets.Needed)]
    [TestCase(OpKind.Read, "2", ReadTargets.Needed)]
    public void An_op_waits_for_the_kth_fastest_answer(OpKind kind, string level, ReadTargets targets)
    {
        var write = kind == OpKind.Write;
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, B, C, D), write: write ? level : "1", read: write ? "1" : level, targets: targets);
        var result = TestScenarios.Run(QuorumScenarios.Build(spec, OneWay, rate: 20, readFraction: write ? 0 : 1, durationS: 30, Regions));

        var latency = result.Row(write ? MetricNames.WriteLatency : MetricNames.ReadLatency, "all");
        var expected = RoundTripsMs[int.Parse(level) - 1];
        Assert.Multiple(() =>
        {
            Assert.That(latency.Count, Is.GreaterThan(400));
            Assert.That(latency.Min, Is.EqualTo(expected).Within(0.01));
            Assert.That(latency.Max, Is.EqualTo(expected).Within(0.01));
        });
    }

    [Test]
    public void Needed_targets_ask_only_as_many_replicas_as_the_level_needs()
    {
        var all = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, B, C, D), read: "1", targets: ReadTargets.All);
        var needed = all with { ReadTargets = ReadTargets.Needed };
        long Messages(QuorumSpec spec) =>
            TestScenarios.Run(QuorumScenarios.Build(spec, OneWay, rate: 20, readFraction: 1, durationS: 30, Regions)).Total(MetricNames.CrossRegionMessages);

        // All: a request and a response per replica (3 + 3) per read; needed with R = 1: one of each,
        // to the nearest replica. Client requests and replies stay in a.
        Assert.That(Messages(all), Is.EqualTo(3 * Messages(needed)));
    }
}
