using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Stream, primary to replica: one log entry, committed at <paramref name="CommittedAt"/> on the primary's clock.</summary>
internal readonly record struct ReplicateMessage(int Key, int Write, long Position, long CommittedAt, int Epoch)
{
    public const int Kind = 1;

    public Message ToWire(int sizeBytes) => new(Kind, Write, sizeBytes, Position, CommittedAt, Key, Epoch);

    /// <summary>The entry's place in the log without its value, for a replica outside the key's residency: a control message.</summary>
    public Message WithoutValue() => new(Kind, CommitLedger.Initial, Network.ControlMessageBytes, Position, CommittedAt, Key, Epoch);

    public static ReplicateMessage Of(in Message wire) => new(wire.Int0, wire.Write, wire.Long0, wire.Long1, wire.Int1);
}
