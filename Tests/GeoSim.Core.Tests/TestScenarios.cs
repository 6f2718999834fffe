using GeoSim.Core.Run;
using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests;

/// <summary>Small scenarios built in code, for cases whose answer is known in closed form.</summary>
internal static class TestScenarios
{
    public static LinkSpec Link(RegionId from, RegionId to, double oneWayMs, double bandwidthBps = 0, double loss = 0) =>
        new(from, to, new ConstantDistribution(oneWayMs * 1e6), bandwidthBps, loss);

    /// <summary>A link for every ordered pair of <paramref name="names"/> (the diagonal inside a region), constant one-way latencies.</summary>
    public static List<LinkSpec> FullMesh(IReadOnlyList<string> names, Func<string, string, double> oneWayMs) =>
        [.. names.SelectMany((from, f) => names.Select((to, t) => Link(new RegionId(f), new RegionId(t), oneWayMs(from, to))))];

    /// <summary>
    /// Two regions "a" (primary) and "b", constant one-way latency between them, zero intra-region
    /// latency, async primary-replica.
    /// </summary>
    public static ScenarioSpec TwoRegions(
        double oneWayMs = 40,
        double bandwidthBps = 0,
        ReadFrom readFrom = ReadFrom.Primary,
        int valueSize = 1000,
        double rate = 10,
        double readFraction = 0.5,
        RegionId? clientRegion = null,
        double durationS = 60,
        long seed = 1)
    {
        var links = new List<LinkSpec>
        {
            Link(TestRegions.A, TestRegions.A, 0), Link(TestRegions.B, TestRegions.B, 0),
            Link(TestRegions.A, TestRegions.B, oneWayMs, bandwidthBps), Link(TestRegions.B, TestRegions.A, oneWayMs, bandwidthBps),
        };
        return new ScenarioSpec(
            Name: "two-regions",
            Description: "",
            Fingerprint: "test",
            Seed: seed,
            Duration: SimDuration.FromSeconds(durationS),
            Warmup: SimDuration.Zero,
            Regions: [new RegionSpec("a", 1, null, ClockSpec.Perfect), new RegionSpec("b", 1, null, ClockSpec.Perfect)],
            Network: new NetworkSpec(links, NetworkSpec.DefaultRetransmitAfter, NetworkSpec.DefaultReconnectAfter),
            Workload: new WorkloadSpec(100, new UniformKeys(), valueSize,
                [new ClientSpec(clientRegion ?? TestRegions.A, rate, readFraction, 10, Consistency.Eventual, SimDuration.FromSeconds(2))]),
            Strategies: [new PrimaryReplicaSpec("primary-replica", TestRegions.A, ReplicationMode.Async, readFrom)],
            Faults: [],
            Narrative: [],
            Metrics: MetricsSpec.Default);
    }

    /// <summary>
    /// The same scenario over other regions (one node each unless given), with constant one-way
    /// latencies from <paramref name="oneWayMs"/> (called for each ordered pair, 0 within a region).
    /// </summary>
    public static ScenarioSpec WithRegions(this ScenarioSpec scenario, Func<string, string, double> oneWayMs, params (string Name, int Nodes)[] regions) =>
        scenario with
        {
            Regions = regions.Select(r => new RegionSpec(r.Name, r.Nodes, null, ClockSpec.Perfect)).ToList(),
            Network = scenario.Network with
            {
                Links = FullMesh([.. regions.Select(r => r.Name)], (from, to) => from == to ? 0 : oneWayMs(from, to)),
            },
        };

    /// <summary>The scenario with its (only) primary-replica strategy changed.</summary>
    public static ScenarioSpec WithStrategy(this ScenarioSpec scenario, Func<PrimaryReplicaSpec, PrimaryReplicaSpec> change) =>
        scenario with { Strategies = [change((PrimaryReplicaSpec)scenario.Strategies[0])] };

    /// <summary>The scenario with its clients changed.</summary>
    public static ScenarioSpec WithClients(this ScenarioSpec scenario, params ClientSpec[] clients) =>
        scenario with { Workload = scenario.Workload with { Clients = clients } };

    public static ClientSpec Client(this ScenarioSpec scenario) => scenario.Workload.Clients[0];

    public static RunResult Run(ScenarioSpec scenario) => new Simulation(scenario, scenario.Strategies[0]).Run();

    public static SummaryRow Row(this RunResult result, string metric, string scope) =>
        result.Summary.Single(r => r.Metric == metric && r.Scope == scope);

    /// <summary>The total of a count metric over every scope (0 when it has no row).</summary>
    public static long Total(this RunResult result, string metric) =>
        result.Summary.Where(r => r.Metric == metric).Sum(r => r.Count);
}
