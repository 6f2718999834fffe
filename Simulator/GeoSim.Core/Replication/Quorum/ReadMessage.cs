using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>Datagram, coordinator to a replica: answer read <paramref name="Op"/> with your version of <paramref name="Key"/>.</summary>
internal readonly record struct ReadMessage(long Op, int Key)
{
    public const int Kind = 3;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Long0: Op, Int0: Key);

    public static ReadMessage? Of(in Message wire) => wire.Kind == Kind ? new(wire.Long0, wire.Int0) : null;
}
