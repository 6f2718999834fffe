namespace GeoSim.Core.Replication.Cascade;

/// <summary>Stream, new parent to child: its whole store, up to <paramref name="Position"/> of the head's log.</summary>
/// <param name="Handle">The snapshot, as <see cref="NodeContext.CaptureSnapshot"/> returned it.</param>
internal readonly record struct SnapshotMessage(int Handle, long Position)
{
    public const int Kind = 4;

    public Message ToWire(int sizeBytes) => new(Kind, 0, sizeBytes, Position, Int0: Handle);

    public static SnapshotMessage Of(in Message wire) => new(wire.Int0, wire.Long0);
}
