using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Topology;

/// <summary>
/// Whatever is on the wire: a node-to-node message, a client request, or a reply with what the
/// truth says of the value it carries. Pooled; the event that delivers it holds its slot. Each
/// kind sets and reads only its own fields (a slot keeps stale others from its last use): the
/// struct is large, and clearing all of it for every message measurably slowed the run.
/// </summary>
internal struct InFlight
{
    public NodeId From;

    /// <summary>Order in which node-to-node messages were sent (streams keep it).</summary>
    public long SendSeq;

    /// <summary>When a node-to-node message was sent (true time), for per-hop lag.</summary>
    public long SentAt;

    /// <summary>The sender's incarnation when it sent a stream message: a crash loses what its streams had not delivered.</summary>
    public int SenderIncarnation;
    public Message Message;
    public ClientRequest Request;
    public ReadOutcome Read;

    /// <summary>Truth for the checkers: the write acknowledged, or the write whose value was read.</summary>
    public WriteRef Value;

    /// <summary>What a reply tells the client for its session token: a commit or applied log position.</summary>
    public long Position;
}
