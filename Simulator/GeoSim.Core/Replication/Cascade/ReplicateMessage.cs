namespace GeoSim.Core.Replication.Cascade;

/// <summary>Stream, parent to child: the write at <paramref name="Position"/> of the head's log; relays pass it on unchanged.</summary>
internal readonly record struct ReplicateMessage(int Key, int Write, long Position)
{
    public const int Kind = 1;

    public Message ToWire(int sizeBytes) => new(Kind, Write, sizeBytes, Position, Int0: Key);

    public static ReplicateMessage Of(in Message wire) => new(wire.Int0, wire.Write, wire.Long0);
}
