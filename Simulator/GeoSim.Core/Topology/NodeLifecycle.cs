namespace GeoSim.Core.Topology;

/// <summary>
/// Notices when an outage takes a node down or brings it back. Each crash starts a new
/// incarnation: timers and stream messages carry the incarnation that sent them, so none from
/// before a crash acts after it.
/// </summary>
internal sealed class NodeLifecycle(Network network, int nodes)
{
    private readonly bool[] _down = new bool[nodes];
    private readonly int[] _incarnations = new int[nodes];

    public int Incarnation(NodeId node) => _incarnations[node.Index];

    public bool IsUp(NodeId node) => !_down[node.Index];

    /// <summary>True when a timer of <paramref name="incarnation"/> may fire at the node now.</summary>
    public bool IsCurrent(NodeId node, int incarnation) => !_down[node.Index] && _incarnations[node.Index] == incarnation;

    /// <summary>Called after every fault change: tells <paramref name="changed"/> of crashes (true) and recoveries (false) since the last call, in node order.</summary>
    public void Update(Action<NodeId, bool> changed)
    {
        for (var n = 0; n < nodes; n++)
        {
            var down = !network.IsUp(new NodeId(n));
            if (down == _down[n])
            {
                continue;
            }
            _down[n] = down;
            if (down)
            {
                _incarnations[n]++;
            }
            changed(new NodeId(n), down);
        }
    }
}
