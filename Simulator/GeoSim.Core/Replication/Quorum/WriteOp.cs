using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>A write this node coordinates, from the client's request until its request timeout.</summary>
internal sealed class WriteOp(ClientRequest request, WriteRef write, Version version, ReplicaSet replicas)
{
    public ClientRequest Request { get; } = request;

    public WriteRef Write { get; } = write;

    public Version Version { get; } = version;

    public ReplicaSet Replicas { get; } = replicas;

    /// <summary>Per replica: acknowledged (by itself, or by the node standing in for it).</summary>
    public bool[] Acked { get; } = new bool[replicas.Count];

    /// <summary>Under a sloppy quorum: the node that stands in for each replica, if any.</summary>
    public NodeId?[] StandIns { get; } = new NodeId?[replicas.Count];

    public bool Replied { get; set; }

    /// <summary>The replica whose acknowledgement (or stand-in's) <paramref name="from"/> is; -1 for neither.</summary>
    public int IndexOf(NodeId from)
    {
        var index = Replicas.IndexOf(from);
        return index >= 0 && StandIns[index] is null ? index : Array.IndexOf(StandIns, from);
    }
}
