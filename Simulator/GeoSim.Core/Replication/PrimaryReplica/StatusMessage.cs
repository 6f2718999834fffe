using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Datagram, every node to every other each heartbeat interval (the primary's is its heartbeat).
/// </summary>
/// <param name="Follows">The node the sender follows (itself at the primary).</param>
/// <param name="Applied">The sender's applied position (the log head at the primary).</param>
/// <param name="CompleteAsOf">The primary's clock time up to which the sender has every write (at the primary: its clock now).</param>
/// <param name="LagMicros">The sender's own estimate of its lag, in microseconds (clamped).</param>
internal readonly record struct StatusMessage(NodeId Follows, long Applied, long CompleteAsOf, int LagMicros, int Epoch)
{
    public const int Kind = 3;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Applied, CompleteAsOf, Follows.Index, Epoch, LagMicros);

    public static StatusMessage Of(in Message wire) => new(new NodeId(wire.Int0), wire.Long0, wire.Long1, wire.Int2, wire.Int1);
}
