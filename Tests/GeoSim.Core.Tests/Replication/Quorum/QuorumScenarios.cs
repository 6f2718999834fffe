using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Run;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>Quorum scenarios built in code: constant latencies, one node per region unless given.</summary>
internal static class QuorumScenarios
{
    /// <summary>A quorum block with everything optional off: no hints, repair, anti-entropy or WARS delays.</summary>
    public static QuorumSpec Spec(Placement placement, string write = "quorum", string read = "quorum", ReadTargets targets = ReadTargets.All) =>
        new("quorum", placement, ConsistencyLevel.Parse(write)!.Value, ConsistencyLevel.Parse(read)!.Value, targets, SpeculativeRetry.None,
            ReadRepair: false, HintWindow: null, Sloppy: false, AntiEntropyEvery: null, Resolution.Lww, Wars: null, Service: null,
            RequestTimeout: SimDuration.FromSeconds(2));

    public static Placement PerRegion(int k, params RegionId[] regions) => new(null, k, regions);

    /// <summary>
    /// Regions a (the clients' region) and then the others named, with constant one-way latencies,
    /// clients in a only (rate per second, share of reads), and the strategy given.
    /// </summary>
    public static ScenarioSpec Build(QuorumSpec strategy, Func<string, string, double> oneWayMs, double rate, double readFraction,
        double durationS, (string Name, int Nodes)[] regions, long seed = 1, int keys = 100, SimDuration? until = null, params FaultSpec[] faults)
    {
        var scenario = TestScenarios.TwoRegions(rate: rate, readFraction: readFraction, durationS: durationS, seed: seed).WithRegions(oneWayMs, regions);
        var client = scenario.Workload.Clients[0] with { Until = until };
        return scenario with
        {
            Workload = scenario.Workload with { Keys = keys, Clients = [client] },
            Strategies = [strategy],
            Faults = faults,
        };
    }

    /// <summary>The scenario with probe reads at <paramref name="atMs"/> after every write.</summary>
    public static ScenarioSpec WithProbes(this ScenarioSpec scenario, double[] atMs, ProbeOrigin from = ProbeOrigin.Same, RegionId region = default) =>
        scenario with
        {
            Metrics = scenario.Metrics with
            {
                TVisibility = new TVisibilitySpec([.. atMs.Select(SimDuration.FromMilliseconds)], 1, from, region),
            },
        };

    public static Distribution Exponential(double meanMs) => new ExponentialDistribution(meanMs * 1e6);

    /// <summary>Runs and also returns what each node holds for <paramref name="key"/> at the end.</summary>
    public static (RunResult Result, long[] Digests) RunWithDigests(ScenarioSpec scenario, int key)
    {
        var simulation = new Simulation(scenario, scenario.Strategies[0]);
        var result = simulation.Run();
        var nodes = scenario.Regions.Sum(r => r.Nodes);
        return (result, [.. Enumerable.Range(0, nodes).Select(n => simulation.DigestAt(new NodeId(n), key))]);
    }

    public static double Visibility(this RunResult result, double tMs) => result.Visibility.Single(p => p.TMs == tMs).Probability;

    public static long Probes(this RunResult result, double tMs) => result.Visibility.Single(p => p.TMs == tMs).Probes;
}
