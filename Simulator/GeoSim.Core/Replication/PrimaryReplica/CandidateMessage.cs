using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Datagram: a replica stands for primary in the election of <paramref name="Epoch"/>.</summary>
internal readonly record struct CandidateMessage(Candidate Candidate, int Epoch)
{
    public const int Kind = 4;

    public Message ToWire() => new(Kind, 0, Network.ControlMessageBytes, Candidate.Position, 0, Candidate.Node.Index, Epoch, Candidate.LastEpoch);

    public static CandidateMessage Of(in Message wire) => new(new Candidate(new NodeId(wire.Int0), wire.Int2, wire.Long0), wire.Int1);
}
