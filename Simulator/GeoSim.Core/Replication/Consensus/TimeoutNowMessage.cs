using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>Datagram, leader to the preferred node once it is caught up (<c>leader-preference: sticky</c>): stand for election now.</summary>
internal readonly record struct TimeoutNowMessage(int Term)
{
    public const int Kind = 5;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Int0: Term);

    public static TimeoutNowMessage Of(in Message wire) => new(wire.Int0);
}
