using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// Datagram, leader to replica: the entries after <paramref name="PrevIndex"/> (none: a
/// heartbeat), the leader's commit index, and its clock reading when it sent them, which the
/// acknowledgement echoes (leases and quorum reads count from it).
/// </summary>
internal readonly record struct AppendMessage(int Term, long PrevIndex, int PrevTerm, long Commit, long Stamp, LogEntry[] Entries)
{
    public const int Kind = 1;

    public Message ToWire(int valueSizeBytes) => new(Kind, 0, Network.ControlMessageBytes + valueSizeBytes * Entries.Count(e => !e.IsNoOp),
        Commit, Stamp, Term, PrevTerm, Payload: new Batch(PrevIndex, Entries));

    public static AppendMessage Of(in Message wire)
    {
        var batch = (Batch)wire.Payload!;
        return new(wire.Int0, batch.PrevIndex, wire.Int1, wire.Long0, wire.Long1, batch.Entries);
    }

    private sealed record Batch(long PrevIndex, LogEntry[] Entries);
}
