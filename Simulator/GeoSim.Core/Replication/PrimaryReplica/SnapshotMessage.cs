namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Stream, primary to a new follower: its whole store.</summary>
/// <param name="Handle">The snapshot, as <see cref="NodeContext.CaptureSnapshot"/> returned it.</param>
/// <param name="Position">The primary's log head.</param>
/// <param name="LastEntryEpoch">The epoch of its last log entry.</param>
/// <param name="CompleteAsOf">The primary's clock now: the follower has every write up to it.</param>
internal readonly record struct SnapshotMessage(int Handle, long Position, int LastEntryEpoch, long CompleteAsOf, int Epoch)
{
    public const int Kind = 7;

    public Message ToWire(int sizeBytes) => new(Kind, 0, sizeBytes, Position, CompleteAsOf, Handle, Epoch, LastEntryEpoch);

    public static SnapshotMessage Of(in Message wire) => new(wire.Int0, wire.Long0, wire.Int2, wire.Long1, wire.Int1);
}
