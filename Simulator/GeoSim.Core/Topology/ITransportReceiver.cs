namespace GeoSim.Core.Topology;

/// <summary>Who takes what <see cref="Transport{TPayload}"/> delivers to a node that is up.</summary>
internal interface ITransportReceiver<TPayload>
    where TPayload : struct
{
    /// <summary>A message of the reliable stream from <paramref name="from"/> arrived, sent at <paramref name="sentAt"/> (true time).</summary>
    void OnStreamMessage(NodeId from, NodeId to, in TPayload payload, long sentAt);

    /// <summary>A datagram from <paramref name="from"/> arrived.</summary>
    void OnDatagram(NodeId from, NodeId to, in TPayload payload);
}
