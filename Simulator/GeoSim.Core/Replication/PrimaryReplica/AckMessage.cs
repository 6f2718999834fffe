using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Stream, replica to primary (semi-sync, sync): the replica has applied the log up to <paramref name="Applied"/>.</summary>
internal readonly record struct AckMessage(long Applied, int Epoch)
{
    public const int Kind = 2;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Long0: Applied, Int1: Epoch);

    public static AckMessage Of(in Message wire) => new(wire.Long0, wire.Int1);
}
