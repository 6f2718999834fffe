using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>A client op waiting for its reply; the generation tells a late reply from a current one.</summary>
internal struct PendingOp
{
    public int Generation;

    /// <summary>Index of the client population that issued it.</summary>
    public int Client;
    public bool Waiting;

    /// <summary>The storage tier of its key when it was issued (a read of a warm or cold key bypasses the strategy).</summary>
    public StorageTier Tier;
    public ClientRequest Request;

    /// <summary>The node it went to and its trace draw, when the run traces it; draw -1 otherwise.</summary>
    public NodeId TraceNode;
    public long TraceDraw;
}
