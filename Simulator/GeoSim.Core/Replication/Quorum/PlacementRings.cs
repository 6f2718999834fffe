using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// The rings of a <see cref="Placement"/> over the placement nodes a set of keys may be on: one
/// ring over all of them, or one per region (a region with none of them drops out). With
/// <see cref="Placement.Replicas"/> a key gets N of these nodes, or all of them when they are fewer.
/// </summary>
internal sealed class PlacementRings
{
    private readonly Topology.Topology _topology;
    private readonly HashRing[] _rings;
    private readonly RegionId[]? _ringRegions;
    private readonly int _perRing;

    public PlacementRings(Placement placement, Topology.Topology topology, Func<NodeId, bool> allowed)
    {
        var perRegion = placement.Regions
            .Select(r => (Region: r, Nodes: Enumerable.Range(0, topology.NodesIn(r)).Select(i => topology.NodeIn(r, i)).Where(allowed).ToList()))
            .Where(r => r.Nodes.Count > 0)
            .ToList();
        _topology = topology;
        Nodes = [.. perRegion.SelectMany(r => r.Nodes)];
        _rings = placement.PerRegion is null ? [new HashRing(Nodes)] : [.. perRegion.Select(r => new HashRing(r.Nodes))];
        _ringRegions = placement.PerRegion is null ? null : [.. perRegion.Select(r => r.Region)];
        _perRing = placement.PerRegion ?? placement.Replicas!.Value;
    }

    /// <summary>Every node of the rings, by placement region.</summary>
    public IReadOnlyList<NodeId> Nodes { get; }

    /// <summary>The replicas of <paramref name="key"/>, into <paramref name="into"/>.</summary>
    public void Walk(int key, List<NodeId> into)
    {
        foreach (var ring in _rings)
        {
            ring.Walk(key, _perRing, into);
        }
    }

    /// <summary>The ring <paramref name="node"/> is on (with per-region placement, its region's).</summary>
    public HashRing RingOf(NodeId node) => _ringRegions is null ? _rings[0] : _rings[Array.IndexOf(_ringRegions, _topology.RegionOf(node))];
}
