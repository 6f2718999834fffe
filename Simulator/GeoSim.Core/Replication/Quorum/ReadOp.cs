using GeoSim.Core.Metrics;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>A read this node coordinates (a client's, or a t-visibility probe), until its request timeout.</summary>
internal sealed class ReadOp(ClientRequest? request, ProbeRead? probe, ReplicaSet replicas, long startedAt)
{
    public ClientRequest? Request { get; } = request;

    public ProbeRead? Probe { get; } = probe;

    public ReplicaSet Replicas { get; } = replicas;

    public int Key => Request?.Key ?? Probe!.Value.Key;

    public long StartedAt { get; } = startedAt;

    public bool[] Asked { get; } = new bool[replicas.Count];

    public bool[] Answered { get; } = new bool[replicas.Count];

    public Version?[] Versions { get; } = new Version?[replicas.Count];

    /// <summary>The newest version answered so far.</summary>
    public Version Newest { get; set; } = Version.Initial;

    /// <summary>Replica indices nearest first, for a read that asks only those it needs; empty when it asks all.</summary>
    public IReadOnlyList<int> Preference { get; set; } = [];

    public bool Done { get; set; }
}
