using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// Datagram, replica to leader: whether its log matched, how far it now matches the leader's
/// (on a mismatch: from where the leader should resend), and the leader's stamp it answers.
/// </summary>
internal readonly record struct AppendReply(int Term, bool Success, long Match, long Echo)
{
    public const int Kind = 2;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Match, Echo, Term, Success ? 1 : 0);

    public static AppendReply Of(in Message wire) => new(wire.Int0, wire.Int1 == 1, wire.Long0, wire.Long1);
}
