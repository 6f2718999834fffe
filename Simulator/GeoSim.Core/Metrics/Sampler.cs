using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Metrics;

/// <summary>
/// Samples, once per metrics interval, what only exists as a state: how far each node is behind,
/// clock offsets, divergent keys and siblings; and warns once of a link offered more than it can
/// carry. It owns its one event kind.
/// </summary>
internal sealed class Sampler(
    Scheduler scheduler,
    long everyNanos,
    MetricsRecorder metrics,
    CommitLedger ledger,
    PhysicalClock[] clocks,
    WriteTracker writes,
    Func<int, int, long> digest,
    Network network,
    Topology.Topology topology,
    IEventLog events,
    int kind)
{
    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 1;

    public void Start() => scheduler.At(everyNanos, kind, 0, 0);

    public void Handle(in Event ev)
    {
        var now = scheduler.Now;
        metrics.SampleBehind(ledger, now);
        metrics.SampleClockOffsets(clocks, now);
        metrics.SampleDivergence(writes.CountDivergentKeys(digest), now);
        metrics.SampleSiblings(now);
        ReportOverloads(now);
        scheduler.After(everyNanos, kind, 0, 0);
    }

    private void ReportOverloads(long now)
    {
        foreach (var o in network.TakeOverloads(now))
        {
            events.Add(now, "overload", topology.PairName(o.From, o.To), FormattableString.Invariant(
                $"offered {o.OfferedBitsPerSecond / 1e6:0.##} Mbps to a {o.BandwidthBitsPerSecond / 1e6:0.##} Mbps link from {o.SinceNanos / 1e9:0.###} s: messages queue without bound, lag here is queueing"));
        }
    }
}
