using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using GeoSim.Core.Workload;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>Too few replicas reachable: the op times out and availability drops; enough reachable: nothing changes.</summary>
public class QuorumAvailabilityTests
{
    private static double Uniform(string from, string to) => 20;

    private static readonly SimDuration Run = SimDuration.FromSeconds(40);

    [TestCase(OpKind.Write, "1", 1.0)]
    [TestCase(OpKind.Write, "2", 0.0)]
    [TestCase(OpKind.Write, "quorum", 0.0)]
    [TestCase(OpKind.Read, "1", 1.0)]
    [TestCase(OpKind.Read, "2", 0.0)]
    public void Ops_time_out_when_fewer_replicas_are_reachable_than_they_need(OpKind kind, string level, double availability)
    {
        // Replicas in b, c, d; b and c are cut off from the coordinator's region for the whole run.
        var write = kind == OpKind.Write;
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, B, C, D), write: write ? level : "1", read: write ? "1" : level);
        var scenario = QuorumScenarios.Build(spec, Uniform, rate: 20, readFraction: write ? 0 : 1, durationS: Run.TotalSeconds,
            [("a", 1), ("b", 1), ("c", 1), ("d", 1)], faults: [new IsolateFault(SimDuration.Zero, Run, B), new IsolateFault(SimDuration.Zero, Run, C)]);

        var row = TestScenarios.Run(scenario).Row(write ? MetricNames.WriteAvailability : MetricNames.ReadAvailability, "all");
        Assert.That(row.Mean, Is.EqualTo(availability));
    }

    /// <summary>Three regions of three nodes, three replicas in each (N = 9); region c is cut off for the whole run.</summary>
    [TestCase("local-quorum", 1.0)]
    [TestCase("local-one", 1.0)]
    [TestCase("quorum", 1.0)]
    [TestCase("each-quorum", 0.0)]
    [TestCase("all", 0.0)]
    public void Each_quorum_fails_writes_when_a_region_is_cut_off_and_local_quorum_does_not(string w, double availability)
    {
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(3, A, B, C), write: w, read: "local-quorum");
        var scenario = QuorumScenarios.Build(spec, Uniform, rate: 20, readFraction: 0, durationS: Run.TotalSeconds,
            [("a", 3), ("b", 3), ("c", 3)], faults: [new IsolateFault(SimDuration.Zero, Run, C)]);

        Assert.That(TestScenarios.Run(scenario).Row(MetricNames.WriteAvailability, "all").Mean, Is.EqualTo(availability));
    }

    [Test]
    public void A_local_quorum_write_costs_a_local_round_trip_and_an_each_quorum_write_the_farthest_region()
    {
        // Intra-region 0 ms, 20 ms between regions: local-quorum waits only for a's replicas.
        double Write(string w) => TestScenarios.Run(QuorumScenarios.Build(
                QuorumScenarios.Spec(QuorumScenarios.PerRegion(3, A, B, C), write: w), Uniform, rate: 20, readFraction: 0, durationS: 20, [("a", 3), ("b", 3), ("c", 3)]))
            .Row(MetricNames.WriteLatency, "all").Max!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Write("local-quorum"), Is.EqualTo(0).Within(0.01));
            Assert.That(Write("each-quorum"), Is.EqualTo(40).Within(0.01));
            Assert.That(Write("quorum"), Is.EqualTo(40).Within(0.01), "5 of 9: the 3 local ones and 2 more a region away");
        });
    }
}
