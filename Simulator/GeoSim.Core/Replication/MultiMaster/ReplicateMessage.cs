namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>Stream, the writing node to every other: a new version of <paramref name="Key"/>.</summary>
internal readonly record struct ReplicateMessage(int Key, int Write, KeyVersion Version)
{
    public const int Kind = 1;

    public Message ToWire(int sizeBytes) => new(Kind, Write, sizeBytes, Int0: Key, Payload: Version);

    /// <summary>The version a message carries; null for any other kind.</summary>
    public static ReplicateMessage? Of(in Message wire) =>
        wire.Kind == Kind && wire.Payload is KeyVersion version ? new(wire.Int0, wire.Write, version) : null;
}
