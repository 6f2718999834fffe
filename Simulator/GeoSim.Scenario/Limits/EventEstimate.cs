using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// The number of events a run of a scenario will process, estimated from its rates and periods
/// (README "Limits"): client operations with their replication messages, federated queries, heartbeats, random
/// fault toggles, metric samples and t-visibility probe reads.
/// </summary>
public static class EventEstimate
{
    // An operation is an arrival, a request, a reply and a timeout; a write adds a message and an
    // acknowledgement per replica.
    private const double PerOperation = 4;
    private const double PerWriteAndReplica = 2;

    // A federated query is an arrival and a timeout, and per region a scan's end and its rows' arrival.
    private const double PerQuery = 2;
    private const double PerQueryAndRegion = 2;

    // A probe read is a start, and per replica a request and a response, each delayed (a timer) and delivered.
    private const double PerProbe = 1;
    private const double PerProbeAndReplica = 4;

    public static IReadOnlyList<EstimatePart> Of(ScenarioSpec scenario)
    {
        double nodes = scenario.Regions.Sum(r => (double)r.Nodes);
        var seconds = scenario.Duration.TotalSeconds;
        var operations = scenario.Workload.Clients.Sum(c =>
            c.RatePerSecond * MemoryEstimate.ActiveSeconds(scenario, c) * (PerOperation + (1 - c.ReadFraction) * PerWriteAndReplica * Math.Max(0, nodes - 1)));
        // Compared strategies run one after the other, so their heartbeats add up.
        var heartbeats = scenario.Strategies.Sum(s => s.HeartbeatEvery is { } every ? nodes * nodes * seconds / every.TotalSeconds : 0);
        var toggles = scenario.Faults.Sum(f => f switch
        {
            RandomOutagesFault o => Toggles(o.Regions?.Count ?? scenario.Regions.Count, Math.Min(o.For.TotalSeconds, seconds), o.Mtbf.Mean + o.Mttr.Mean),
            RandomPartitionsFault p => Toggles(p.Pairs?.Count ?? scenario.Regions.Count * (scenario.Regions.Count - 1) / 2, Math.Min(p.For.TotalSeconds, seconds), p.Mtbf.Mean + p.Mttr.Mean),
            _ => 0,
        });
        var probes = scenario.Metrics.TVisibility is { } t
            ? scenario.Workload.Clients.Sum(c => c.RatePerSecond * MemoryEstimate.ActiveSeconds(scenario, c) * (1 - c.ReadFraction))
              * t.Sample * t.At.Count * (PerProbe + PerProbeAndReplica * nodes)
              * scenario.Strategies.Count(s => s.Capabilities.HasFlag(StrategyCapabilities.ProbesReads))
            : 0;
        var queries = scenario.Workload.Queries.Sum(q => q.RatePerSecond * seconds * (PerQuery + PerQueryAndRegion * q.RowsByRegion().Count));
        return
        [
            new("client operations", operations * scenario.Strategies.Count, "rate"),
            new("federated queries", queries * scenario.Strategies.Count, "queries"),
            new("t-visibility probe reads", probes, "sample"),
            new("heartbeats", heartbeats, "heartbeat-every"),
            new("random fault toggles", toggles * scenario.Strategies.Count, "mtbf"),
            new("metric samples", Math.Ceiling(seconds / scenario.Metrics.Interval.TotalSeconds) * scenario.Strategies.Count, "interval"),
        ];
    }

    public static double Events(ScenarioSpec scenario) => Of(scenario).Sum(p => p.Amount);

    // A toggle starts or ends a failure; one cycle (up, then down) takes mtbf + mttr on average.
    private static double Toggles(double targets, double windowSeconds, double cycleNanos) =>
        cycleNanos > 0 ? targets * 2 * windowSeconds / (cycleNanos / 1e9) : targets * windowSeconds * 2e9;
}
