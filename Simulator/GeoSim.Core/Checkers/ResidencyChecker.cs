using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Counts values of a data class taken in at a node outside the class's residency
/// (<c>residency_violations</c>): a write committed, applied (from the stream, a relay, a repair,
/// anti-entropy or a hint) or installed with a snapshot there. Kept apart from the strategies: it
/// sees what they do through <see cref="WriteTracker"/>, never what they intend. The first
/// violation of a class at a node is also an event (<c>residency-violation</c>). A <c>migrate</c>
/// changes what a class allows (<see cref="Allow"/>): the old regions and the new while it copies,
/// the new alone from its cut-over on.
/// </summary>
internal sealed class ResidencyChecker
{
    private readonly IReadOnlyList<DataClassSpec> _classes;
    private readonly Topology.Topology _topology;
    private readonly IEventLog _events;
    private readonly long[,] _counts;
    private readonly bool[,] _reported;
    private readonly IReadOnlyList<RegionId>?[] _allowed;

    public ResidencyChecker(IReadOnlyList<DataClassSpec> classes, Topology.Topology topology, IEventLog events)
    {
        _classes = classes;
        _topology = topology;
        _events = events;
        _counts = new long[classes.Count, topology.RegionCount];
        _reported = new bool[classes.Count, topology.NodeCount];
        _allowed = [.. classes.Select(c => c.Residency)];
    }

    /// <summary>From now on class <paramref name="dataClass"/> may be in <paramref name="regions"/> (null: anywhere).</summary>
    public void Allow(int dataClass, IReadOnlyList<RegionId>? regions) => _allowed[dataClass] = regions;

    private bool Allows(int dataClass, RegionId region) => _allowed[dataClass]?.Contains(region) != false;

    /// <summary>The index of the restricted class holding <paramref name="key"/>, or -1 (no class, or one allowed anywhere).</summary>
    public int RestrictedClassOf(int key)
    {
        for (var c = 0; c < _classes.Count; c++)
        {
            if (_classes[c].Contains(key))
            {
                return _allowed[c] is null ? -1 : c;
            }
        }
        return -1;
    }

    /// <summary>The value of <paramref name="key"/> reached <paramref name="node"/>.</summary>
    public void OnValue(NodeId node, int key, long now)
    {
        if (RestrictedClassOf(key) is var c and >= 0 && !Allows(c, _topology.RegionOf(node)))
        {
            Count(c, node, now, $"a value of key {key}");
        }
    }

    /// <summary>A snapshot reached <paramref name="node"/>: each restricted class it carries a value of counts once.</summary>
    /// <param name="writes">The snapshot's write per key (<see cref="CommitLedger.Initial"/>: no value).</param>
    public void OnSnapshot(NodeId node, IReadOnlyList<int> writes, long now)
    {
        var region = _topology.RegionOf(node);
        for (var c = 0; c < _classes.Count; c++)
        {
            var spec = _classes[c];
            if (Allows(c, region))
            {
                continue;
            }
            for (var key = spec.FirstKey; key < spec.EndKey && key < writes.Count; key++)
            {
                if (writes[key] != CommitLedger.Initial)
                {
                    Count(c, node, now, "a snapshot");
                    break;
                }
            }
        }
    }

    public long Total
    {
        get
        {
            var total = 0L;
            foreach (var count in _counts)
            {
                total += count;
            }
            return total;
        }
    }

    public long CountOf(int dataClass, RegionId region) => _counts[dataClass, region.Index];

    private void Count(int dataClass, NodeId node, long now, string what)
    {
        _counts[dataClass, _topology.RegionOf(node).Index]++;
        if (!_reported[dataClass, node.Index])
        {
            _reported[dataClass, node.Index] = true;
            var region = _topology.RegionOf(node);
            _events.Add(now, "residency-violation", _topology.RegionName(region),
                $"{_classes[dataClass].Name}: {what} reached {_topology.NodeName(node)}, outside its residency ({string.Join(", ", _allowed[dataClass]!.Select(_topology.RegionName))})");
        }
    }

    /// <summary>One row per class and region with violations (<c>class/region</c>), and <c>all</c>.</summary>
    public void AddRows(RowBuilder rows)
    {
        for (var c = 0; c < _classes.Count; c++)
        {
            for (var r = 0; r < _topology.RegionCount; r++)
            {
                if (_counts[c, r] > 0)
                {
                    rows.AddTotal(MetricNames.ResidencyViolations, $"{_classes[c].Name}/{_topology.RegionNames[r]}", "values", _counts[c, r]);
                }
            }
        }
        rows.AddTotal(MetricNames.ResidencyViolations, MetricNames.AllScope, "values", Total);
    }
}
