using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Faults;

/// <summary>Per-direction reachability between the nodes of regions a, b, c after sequences of fault starts and ends.</summary>
public class LinkStateTests
{
    private static readonly SimDuration T = SimDuration.FromSeconds(1);

    private static readonly FaultSpec[] Faults =
    [
        new PartitionFault(T, T, A, B, OneWay: false), // 0: a<->b
        new PartitionFault(T, T, A, B, OneWay: true),  // 1: a->b only
        new IsolateFault(T, T, C),                     // 2: c from everyone
        new PartitionFault(T, T, A, C, OneWay: false), // 3: a<->c (overlaps 2)
        new OutageFault(T, T, B, null),                // 4: b down
    ];

    // Each step: fault index, start (+) or end (-). Expected: the reachable directions "ab ba ac ca bc cb" as 0/1.
    [TestCase("", "111111")]
    [TestCase("+0", "001111")]
    [TestCase("+0 -0", "111111")]
    [TestCase("+1", "011111")]
    [TestCase("+1 +0 -0", "011111")]
    [TestCase("+2", "110000")]
    [TestCase("+2 +3 -2", "110011")]
    [TestCase("+2 +3 -3", "110000")]
    [TestCase("+2 +3 -3 -2", "111111")]
    [TestCase("+4", "001100")]
    [TestCase("+4 +0 -4", "001111")]
    public void Reachability_follows_the_faults_in_force(string steps, string expected)
    {
        var (injector, network, topology) = Build();
        foreach (var step in steps.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            injector.Apply(int.Parse(step[1..]), step[0] == '+', 0);
        }
        var actual = string.Concat(new[] { (A, B), (B, A), (A, C), (C, A), (B, C), (C, B) }
            .Select(p => network.CanReach(Node(topology, p.Item1), Node(topology, p.Item2)) ? '1' : '0'));
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static NodeId Node(Topology.Topology topology, RegionId region) => topology.NodeIn(region, 0);

    private static (FaultInjector, Network, Topology.Topology) Build()
    {
        var regions = new[] { "a", "b", "c" };
        var scenario = TestScenarios.TwoRegions() with
        {
            Regions = regions.Select(r => new RegionSpec(r, 1, null, ClockSpec.Perfect)).ToList(),
            Network = new NetworkSpec(
                TestScenarios.FullMesh(regions, (f, t) => f == t ? 0 : 10),
                NetworkSpec.DefaultRetransmitAfter, NetworkSpec.DefaultReconnectAfter),
            Faults = Faults,
        };
        var topology = new Topology.Topology(scenario.Regions);
        var metrics = new MetricsRecorder(topology, 1_000_000_000, scenario.Duration.Nanos, 0);
        var streams = new RandomStreams(1);
        var network = new Network(topology, scenario.Network, streams.Get("network"), metrics);
        var clocks = Enumerable.Range(0, 3).Select(_ => new PhysicalClock(0, 0, 0, 0, streams.Get("clock"))).ToArray();
        return (new FaultInjector(scenario, topology, network, clocks, streams, new EventLog()), network, topology);
    }
}
