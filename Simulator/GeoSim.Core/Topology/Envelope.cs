namespace GeoSim.Core.Topology;

/// <summary>A node-to-node payload on the wire, with what the transport needs to deliver it.</summary>
internal struct Envelope<TPayload>
    where TPayload : struct
{
    public NodeId From;

    /// <summary>Order in which stream messages were sent (streams keep it).</summary>
    public long SendSeq;

    /// <summary>When it was sent (true time), for per-hop lag.</summary>
    public long SentAt;

    /// <summary>The sender's incarnation when it sent a stream message: a crash loses what its streams had not delivered.</summary>
    public int SenderIncarnation;

    public int Bytes;
    public TPayload Payload;
}
