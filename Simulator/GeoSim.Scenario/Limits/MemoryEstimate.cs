using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// The memory a run of a scenario needs, estimated from its sizes before anything is allocated.
/// Each part is the size of the arrays the model allocates for it (README "Limits"); it is an
/// upper estimate, since per-pair metrics and multi-master versions are created only when used.
/// </summary>
public static class MemoryEstimate
{
    // Bytes per unit, from the model's arrays: the commit ledger (16 + 8), divergence flags (2)
    // and key-distribution table (8) per key; a node's store (4 + 8) per key and node, plus one
    // snapshot of it; a multi-master version (entry, vector of 8 per node) per written key and node;
    // an operation's timeout waits in the event queue for the whole timeout (entry and slot).
    private const double PerKey = 34 + 12;
    private const double PerKeyAndNode = 12;
    private const double PerVersion = 96;
    private const double PerNodePair = 48;
    private const double PerRegionPair = 160;
    private const double PerRegionPairInterval = 64;
    private const double PerRegionInterval = 192;
    private const double PerSession = 300;
    private const double PerOpInFlight = 64;

    /// <summary>The parts of the estimate, in bytes; their sum is the estimate.</summary>
    public static IReadOnlyList<EstimatePart> Of(ScenarioSpec scenario)
    {
        double keys = scenario.Workload.Keys;
        double nodes = scenario.Regions.Sum(r => (double)r.Nodes);
        double regions = scenario.Regions.Count;
        var intervals = Math.Ceiling(scenario.Duration.Nanos / (double)scenario.Metrics.Interval.Nanos);
        var clients = scenario.Workload.Clients;
        var writes = clients.Sum(c => c.RatePerSecond * (1 - c.ReadFraction) * ActiveSeconds(scenario, c));
        var versions = scenario.Strategies.Any(s => s.Capabilities.HasFlag(StrategyCapabilities.VersionsPerNode)) ? Math.Min(keys, writes) * nodes * (PerVersion + 8 * nodes) : 0;
        return
        [
            new("key state (keys x nodes)", keys * (PerKey + PerKeyAndNode * nodes), "keys"),
            new("multi-master versions (written keys x nodes x nodes)", versions, "keys"),
            new("node pairs (nodes x nodes)", nodes * nodes * PerNodePair, "nodes"),
            new("metric series (regions x regions x intervals)", regions * regions * (PerRegionPair + PerRegionPairInterval * intervals) + (regions + 1) * PerRegionInterval * intervals, "interval"),
            new("sessions", clients.Sum(c => (double)c.Sessions) * PerSession, "sessions"),
            new("operations in flight (rate x timeout)", clients.Sum(c => c.RatePerSecond * Math.Min(c.Timeout.TotalSeconds, ActiveSeconds(scenario, c))) * PerOpInFlight, "rate"),
            new("federated queries in flight (rate x timeout)", scenario.Workload.Queries.Sum(q => q.RatePerSecond * Math.Min(q.Timeout.TotalSeconds, scenario.Duration.TotalSeconds)) * PerOpInFlight, "queries"),
            new("heartbeats in flight (nodes x nodes x latency / heartbeat-every)", HeartbeatsInFlight(scenario, nodes) * PerOpInFlight, "heartbeat-every"),
        ];
    }

    public static double Bytes(ScenarioSpec scenario) => Of(scenario).Sum(p => p.Amount);

    // Each node sends a status to every other one each period; each is on the wire for a link's latency.
    private static double HeartbeatsInFlight(ScenarioSpec scenario, double nodes)
    {
        var latency = scenario.Network.Links.Select(l => Math.Min(l.Latency.Mean, DistributionTail.High(l.Latency))).DefaultIfEmpty(0).Max();
        return scenario.Strategies.Select(s => s.HeartbeatEvery).Max(every => every is { } e ? nodes * nodes * latency / e.Nanos : 0);
    }

    internal static double ActiveSeconds(ScenarioSpec scenario, ClientSpec client) =>
        Math.Min(client.Until?.TotalSeconds ?? double.MaxValue, scenario.Duration.TotalSeconds);
}
