using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>The cascade's messages that carry nothing but their kind.</summary>
internal static class ControlMessage
{
    /// <summary>Datagram, parent to child each tick (with <c>reparent-after</c>): the parent is alive.</summary>
    public const int Heartbeat = 2;

    /// <summary>A child to a node it asks to become its parent (a datagram to a grandparent) or to resend its state (on the stream, after a gap): the answer is a snapshot.</summary>
    public const int Adopt = 3;

    public static Message Of(int kind) => new(kind, 0, Network.ControlMessageBytes);
}
