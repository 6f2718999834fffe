using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Stream, replica to the primary of <paramref name="Epoch"/> it learned of: "send me your state".</summary>
internal readonly record struct FollowMessage(int Epoch)
{
    public const int Kind = 6;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Int1: Epoch);

    public static FollowMessage Of(in Message wire) => new(wire.Int1);
}
