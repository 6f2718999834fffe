using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication;

/// <summary>What a node of a strategy that fails over tells the truth about leadership.</summary>
public sealed class FailoverHooks
{
    private readonly FailoverTracker _tracker;
    private readonly NodeId _node;

    internal FailoverHooks(FailoverTracker tracker, NodeId node) => (_tracker, _node) = (tracker, node);

    /// <summary>This node now takes writes as primary or leader, by promotion: the truth abandons the writes it lacks.</summary>
    public void Promote() => _tracker.OnPromoted(_node);

    /// <summary>Says whether this node would accept a write arriving now (what split-brain accounting measures).</summary>
    public void SetAcceptingWrites(bool accepting) => _tracker.OnAcceptingWrites(_node, accepting);
}
