using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>The primary-replica messages that carry nothing but the epoch they are about.</summary>
internal readonly record struct EpochMessage(int Epoch)
{
    /// <summary>Datagram, to the candidate voted for in the election of the epoch.</summary>
    public const int Vote = 5;

    /// <summary>Stream, replica to the primary of the epoch it learned of: "send me your state".</summary>
    public const int Follow = 6;

    public Message ToWire(int kind) => new(kind, 0, Network.ControlMessageBytes, Int1: Epoch);

    public static EpochMessage Of(in Message wire) => new(wire.Int1);
}
