namespace GeoSim.Core.Replication.Quorum;

/// <summary>Datagram, replica to coordinator: its version of the key read by <paramref name="Op"/>.</summary>
internal readonly record struct ResponseMessage(long Op, int Key, Version Version)
{
    public const int Kind = 4;

    public Message ToWire(int sizeBytes) => new(Kind, 0, sizeBytes, Long0: Op, Int0: Key, Payload: Version);

    public static ResponseMessage? Of(in Message wire) =>
        wire.Kind == Kind && wire.Payload is Version version ? new(wire.Long0, wire.Int0, version) : null;
}
