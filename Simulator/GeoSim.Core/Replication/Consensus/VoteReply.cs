using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// Datagram, voter to candidate: the vote (or pre-vote) and, for a new leader's lease, the latest
/// lease expiry the voter has seen offered (in the offering leader's clock).
/// </summary>
internal readonly record struct VoteReply(int Term, bool Granted, bool Pre, long LeaseSeen)
{
    public const int Kind = 4;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, LeaseSeen, 0, Term, Granted ? 1 : 0, Pre ? 1 : 0);

    public static VoteReply Of(in Message wire) => new(wire.Int0, wire.Int1 == 1, wire.Int2 == 1, wire.Long0);
}
