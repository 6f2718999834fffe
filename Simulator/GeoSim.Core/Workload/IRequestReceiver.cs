using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>Who takes a client request that reached a node that is up (the node's strategy).</summary>
internal interface IRequestReceiver
{
    void OnRequest(NodeId node, in ClientRequest request);
}
