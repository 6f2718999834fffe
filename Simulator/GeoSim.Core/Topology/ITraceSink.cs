using GeoSim.Core.Workload;

namespace GeoSim.Core.Topology;

/// <summary>
/// What the transport and the clients tell a traced run's timeline (the trace recorder); null
/// when the run is not traced, so an untraced run pays one null check.
/// </summary>
internal interface ITraceSink
{
    /// <summary>An op was issued to <paramref name="node"/>: its draw when it is traced, else -1.</summary>
    long OnOpStart(NodeId node);

    /// <summary>A traced op ended: its reply reached the client (<paramref name="success"/>) or it timed out.</summary>
    void OnOpEnd(NodeId node, long draw, OpKind kind, long issuedAt, long now, bool success);

    /// <summary>A node-to-node message was delivered; <paramref name="number"/> is unique among the run's messages.</summary>
    void OnMessage(NodeId from, NodeId to, long sentAt, long now, long number, bool stream);
}
