using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Every key's replica set under a <see cref="Placement"/>: one ring over all placement nodes, or
/// one per region. A key of a data class with <c>residency</c> gets its replicas only from the
/// placement nodes inside the class's regions, as a Cassandra keyspace with its own
/// NetworkTopologyStrategy: per region, the placement regions among the class's; with N replicas,
/// N of the nodes there (all of them when they are fewer).
/// </summary>
internal sealed class ReplicaMap
{
    private readonly Topology.Topology _topology;
    private readonly Placement _placement;
    private readonly Residency _residency;
    private readonly PlacementRings _anywhere;

    /// <summary>The rings of each data class with residency, by class index, built when first asked (looked up, never iterated).</summary>
    private readonly Dictionary<int, PlacementRings> _byClass = [];
    private readonly List<NodeId> _scratch = [];

    public ReplicaMap(Placement placement, Topology.Topology topology, Residency residency)
    {
        _topology = topology;
        _placement = placement;
        _residency = residency;
        _anywhere = new PlacementRings(placement, topology, _ => true);
    }

    /// <summary>Every node that holds replicas of some keys.</summary>
    public IReadOnlyList<NodeId> Nodes => _anywhere.Nodes;

    public ReplicaSet Of(int key)
    {
        _scratch.Clear();
        RingsOf(key).Walk(key, _scratch);
        var nodes = _scratch.ToArray();
        return new ReplicaSet(nodes, [.. nodes.Select(_topology.RegionOf)]);
    }

    /// <summary>True when <paramref name="node"/> is one of <paramref name="key"/>'s replicas.</summary>
    public bool Holds(int key, NodeId node) => Array.IndexOf(Of(key).Nodes, node) >= 0;

    /// <summary>
    /// For a sloppy quorum: the nearest node clockwise after the key's replicas (in the region of
    /// <paramref name="replica"/> with per-region placement, and inside the key's residency) that
    /// is not one of them and not in <paramref name="avoid"/>; null when there is none.
    /// </summary>
    public NodeId? Fallback(int key, NodeId replica, ReplicaSet replicas, Func<NodeId, bool> avoid)
    {
        var ring = RingsOf(key).RingOf(replica);
        _scratch.Clear();
        ring.Walk(key, ring.NodeCount, _scratch);
        return _scratch.Where(n => Array.IndexOf(replicas.Nodes, n) < 0 && !avoid(n)).Cast<NodeId?>().FirstOrDefault();
    }

    /// <summary>
    /// The node that may hold <paramref name="key"/>'s replicas nearest <paramref name="from"/> by
    /// <paramref name="latency"/> (then by index), one not <paramref name="suspected"/> first: where
    /// a node outside the key's residency sends the request, so a coordinator there has local
    /// replicas (LOCAL_* levels count there).
    /// </summary>
    public NodeId NearestCoordinator(int key, RegionId from, Func<RegionId, RegionId, double> latency, Func<NodeId, bool> suspected) =>
        RingsOf(key).Nodes.MinBy(n => (suspected(n), latency(from, _topology.RegionOf(n)), n.Index));

    private PlacementRings RingsOf(int key)
    {
        if (_residency.ClassOf(key) is not (>= 0 and var dataClass))
        {
            return _anywhere;
        }
        if (!_byClass.TryGetValue(dataClass, out var rings))
        {
            rings = new PlacementRings(_placement, _topology, n => _residency.MayHold(key, n));
            _byClass.Add(dataClass, rings);
        }
        return rings;
    }
}
