using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>
/// The relay tree at node level: each region's first node is its relay; it receives from its
/// parent region's relay and sends to the relays of its child regions and to the other nodes of
/// its own region. This is configuration every node knows, not state it learns.
/// </summary>
internal sealed class CascadeTree
{
    private readonly NodeId[][] _children;
    private readonly NodeId?[] _parents;

    public CascadeTree(CascadeSpec spec, Topology.Topology topology)
    {
        Head = Relay(topology, spec.Head);
        _children = new NodeId[topology.NodeCount][];
        _parents = new NodeId?[topology.NodeCount];
        for (var n = 0; n < topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            var region = topology.RegionOf(node);
            var relay = topology.NodeIn(region, 0);
            if (node != relay)
            {
                _children[n] = [];
                continue;
            }
            var localReplicas = Enumerable.Range(1, topology.NodesIn(region) - 1).Select(i => topology.NodeIn(region, i));
            var childRelays = spec.Links
                .Where(l => l.Parent == region)
                .Select(l => Relay(topology, l.Child));
            _children[n] = localReplicas.Concat(childRelays).ToArray();
        }
        for (var n = 0; n < topology.NodeCount; n++)
        {
            foreach (var child in _children[n])
            {
                _parents[child.Index] = new NodeId(n);
            }
        }
    }

    /// <summary>The head region's relay: it commits every write.</summary>
    public NodeId Head { get; }

    /// <summary>The nodes this node relays writes to (none for a leaf).</summary>
    public IReadOnlyList<NodeId> ChildrenOf(NodeId node) => _children[node.Index];

    /// <summary>The node this node receives writes from in the configured tree (null for the head).</summary>
    public NodeId? ParentOf(NodeId node) => _parents[node.Index];

    private static NodeId Relay(Topology.Topology topology, RegionId region) => topology.NodeIn(region, 0);
}
