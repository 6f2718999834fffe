using GeoSim.Core.Replication;
using GeoSim.Core.Topology;

namespace GeoSim.Core;

/// <summary>
/// Notices when an outage takes a node down or brings it back, and tells its strategy. Each crash
/// starts a new incarnation: timers carry the incarnation that set them, so none set before a crash
/// fires after it.
/// </summary>
internal sealed class NodeLifecycle(Network network, ReplicationStrategy[] nodes)
{
    private readonly bool[] _down = new bool[nodes.Length];
    private readonly int[] _incarnations = new int[nodes.Length];

    public int Incarnation(NodeId node) => _incarnations[node.Index];

    /// <summary>True when a timer of <paramref name="incarnation"/> may fire at the node now.</summary>
    public bool IsCurrent(NodeId node, int incarnation) => !_down[node.Index] && _incarnations[node.Index] == incarnation;

    /// <summary>Called after every fault change: crashes and recoveries since the last call, in node order.</summary>
    public void Update()
    {
        for (var n = 0; n < nodes.Length; n++)
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
                nodes[n].OnCrash();
            }
            else
            {
                nodes[n].OnRecover();
            }
        }
    }
}
