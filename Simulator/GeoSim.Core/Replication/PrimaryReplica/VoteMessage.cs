using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Datagram, to the candidate voted for in the election of <paramref name="Epoch"/>.</summary>
internal readonly record struct VoteMessage(int Epoch)
{
    public const int Kind = 5;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Int1: Epoch);

    public static VoteMessage Of(in Message wire) => new(wire.Int1);
}
