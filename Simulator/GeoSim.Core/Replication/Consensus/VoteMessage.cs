using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>Datagram, candidate to voter: a request for its vote in <paramref name="Term"/>, or with <paramref name="Pre"/> only whether it would give one.</summary>
internal readonly record struct VoteMessage(int Term, long LastIndex, int LastTerm, bool Pre)
{
    public const int Kind = 3;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, LastIndex, 0, Term, LastTerm, Pre ? 1 : 0);

    public static VoteMessage Of(in Message wire) => new(wire.Int0, wire.Long0, wire.Int1, wire.Int2 == 1);
}
