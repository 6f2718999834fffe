using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// Datagram, replica to leader: whether its log matched, how far it now matches the leader's
/// (on a mismatch: from where the leader should resend), the leader's stamp it answers, and how
/// far its clock seems off the leader's (in microseconds, clamped).
/// </summary>
internal readonly record struct AppendReply(int Term, bool Success, long Match, long Echo, int OffsetMicros = 0)
{
    public const int Kind = 2;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Match, Echo, Term, Success ? 1 : 0, OffsetMicros);

    public static AppendReply Of(in Message wire) => new(wire.Int0, wire.Int1 == 1, wire.Long0, wire.Long1, wire.Int2);
}
