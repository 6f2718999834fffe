namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>Stream, the writing node to every other: a new version of <paramref name="Key"/>.</summary>
/// <param name="Placement">How many times the key's data class had changed regions when it was sent (<see cref="Residency.EpochOf"/>).</param>
internal readonly record struct ReplicateMessage(int Key, int Write, KeyVersion Version, int Placement)
{
    public const int Kind = 1;

    public Message ToWire(int sizeBytes) => new(Kind, Write, sizeBytes, Int0: Key, Int1: Placement, Payload: Version);

    /// <summary>The version a message carries; null for any other kind.</summary>
    public static ReplicateMessage? Of(in Message wire) =>
        wire.Kind == Kind && wire.Payload is KeyVersion version ? new(wire.Int0, wire.Write, version, wire.Int1) : null;
}
