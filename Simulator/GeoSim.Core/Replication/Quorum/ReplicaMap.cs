using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>Every key's replica set under a <see cref="Placement"/>: one ring over all placement nodes, or one per region.</summary>
internal sealed class ReplicaMap
{
    private readonly Topology.Topology _topology;
    private readonly Placement _placement;
    private readonly HashRing[] _rings;
    private readonly List<NodeId> _scratch = [];

    public ReplicaMap(Placement placement, Topology.Topology topology)
    {
        _topology = topology;
        _placement = placement;
        var perRegion = placement.Regions.Select(r => Enumerable.Range(0, topology.NodesIn(r)).Select(i => topology.NodeIn(r, i)).ToList()).ToList();
        Nodes = [.. perRegion.SelectMany(n => n)];
        _rings = placement.PerRegion is null ? [new HashRing(Nodes)] : [.. perRegion.Select(n => new HashRing(n))];
    }

    /// <summary>Every node that holds replicas of some keys.</summary>
    public IReadOnlyList<NodeId> Nodes { get; }

    public ReplicaSet Of(int key)
    {
        _scratch.Clear();
        foreach (var ring in _rings)
        {
            ring.Walk(key, _placement.PerRegion ?? _placement.Replicas!.Value, _scratch);
        }
        var nodes = _scratch.ToArray();
        return new ReplicaSet(nodes, [.. nodes.Select(_topology.RegionOf)]);
    }

    /// <summary>True when <paramref name="node"/> is one of <paramref name="key"/>'s replicas.</summary>
    public bool Holds(int key, NodeId node) => Array.IndexOf(Of(key).Nodes, node) >= 0;

    /// <summary>
    /// For a sloppy quorum: the nearest node clockwise after the key's replicas (in the region of
    /// <paramref name="replica"/> with per-region placement) that is not one of them and not in
    /// <paramref name="avoid"/>; null when there is none.
    /// </summary>
    public NodeId? Fallback(int key, NodeId replica, ReplicaSet replicas, Func<NodeId, bool> avoid)
    {
        var ring = _placement.PerRegion is null ? _rings[0] : _rings[_placement.Regions.ToList().IndexOf(_topology.RegionOf(replica))];
        _scratch.Clear();
        ring.Walk(key, ring.NodeCount, _scratch);
        return _scratch.Where(n => Array.IndexOf(replicas.Nodes, n) < 0 && !avoid(n)).Cast<NodeId?>().FirstOrDefault();
    }
}
