using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>
/// What a node's strategy reports to the metrics beyond writes and replies: counts of its own work,
/// and the probe reads of <c>metrics.t-visibility</c>. A probe is a measuring instrument, not part
/// of the model: it starts at the coordinator chosen for it exactly t after the write's
/// acknowledgement, as a client standing next to that coordinator would.
/// </summary>
public sealed class StrategyMeasures
{
    /// <summary>Timer tags from here on are probe starts (<see cref="TakeProbe"/>); a strategy's own tags stay below.</summary>
    public const int ProbeTagBase = 1 << 30;

    private readonly MetricsRecorder _metrics;
    private readonly Cluster _cluster;
    private readonly Topology.Topology _topology;
    private readonly Func<long> _now;
    private readonly NodeId _node;
    private readonly RandomStream _rng;
    private readonly RegionId[] _regionsWithNodes;

    internal StrategyMeasures(MetricsRecorder metrics, Cluster cluster, Topology.Topology topology, Func<long> now, NodeId node, RandomStream rng)
    {
        (_metrics, _cluster, _topology, _now, _node, _rng) = (metrics, cluster, topology, now, node, rng);
        _regionsWithNodes = [.. Enumerable.Range(0, topology.RegionCount).Select(r => new RegionId(r)).Where(r => topology.NodesIn(r) > 0)];
    }

    /// <summary>One more <paramref name="metric"/> (a name of <see cref="MetricNames"/>, counted in <paramref name="unit"/>) at this node's region.</summary>
    public void Count(string metric, string unit) => _metrics.Counters.Add(metric, unit, _topology.RegionOf(_node).Index, _now());

    /// <summary>One duration of <paramref name="metric"/> (a name of <see cref="MetricNames"/>) at this node's region, reported in seconds or else milliseconds.</summary>
    public void Time(string metric, bool seconds, long nanos) => _metrics.Durations.Add(metric, seconds, _topology.RegionOf(_node).Index, nanos, _now());

    /// <summary>True when t-visibility probes run and this write, just acknowledged here, is one of the sampled share.</summary>
    public bool SampleWrite() => _metrics.Visibility is { } probes && _rng.NextDouble() < probes.Spec.Sample;

    /// <summary>
    /// Schedules one probe read of <paramref name="key"/> per delay of <c>at</c>, each at a
    /// coordinator chosen by <c>from</c>; <paramref name="version"/> is the acknowledged write's version.
    /// </summary>
    public void ScheduleProbes(int key, long version, long versionTieBreak)
    {
        var probes = _metrics.Visibility!;
        var spec = probes.Spec;
        for (var delay = 0; delay < spec.At.Count; delay++)
        {
            var slot = probes.Park(new ProbeRead(key, delay, _now(), version, versionTieBreak));
            _cluster.SetTimer(Coordinator(spec), spec.At[delay], ProbeTagBase + slot);
        }
    }

    /// <summary>The probe a timer tag starts, or null when the tag is the strategy's own.</summary>
    public ProbeRead? TakeProbe(int tag) => tag >= ProbeTagBase && _metrics.Visibility is { } probes ? probes.Take(tag - ProbeTagBase) : null;

    /// <summary>A probe read ended: it returned the probed write or a newer one (<paramref name="consistent"/>), or an older one.</summary>
    public void RecordProbe(in ProbeRead probe, bool consistent) => _metrics.Visibility!.Record(probe.Delay, consistent, probe.AcknowledgedAt);

    private NodeId Coordinator(TVisibilitySpec spec) => spec.From switch
    {
        ProbeOrigin.Same => _node,
        ProbeOrigin.Region => AnyNodeOf(spec.Region),
        _ => AnyNodeOf(_regionsWithNodes[_rng.Next(_regionsWithNodes.Length)]),
    };

    private NodeId AnyNodeOf(RegionId region) => _topology.NodeIn(region, _rng.Next(_topology.NodesIn(region)));
}
