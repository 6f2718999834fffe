using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>Datagram, replica to the node that sent a write: <paramref name="Op"/> is stored (or kept as a hint).</summary>
internal readonly record struct AckMessage(long Op, int Key)
{
    public const int Kind = 2;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Long0: Op, Int0: Key);

    public static AckMessage? Of(in Message wire) => wire.Kind == Kind ? new(wire.Long0, wire.Int0) : null;
}
