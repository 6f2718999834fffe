namespace GeoSim.Core.Replication;

/// <summary>
/// Stream, from a node holding a data class to one joining the class's regions (a <c>migrate</c>):
/// one chunk of the class's values it holds, as a snapshot of those keys, with what the strategy
/// keeps beside its store for them.
/// </summary>
/// <param name="Handle">The snapshot, as <see cref="NodeContext.SendCopy"/> captured it.</param>
/// <param name="Class">The data class, by its index in <c>data-classes:</c>.</param>
/// <param name="Chunk">The chunk's number in the copy, from 0.</param>
/// <param name="State">The strategy's own state for the keys (multi-master's versions); null: the store says all.</param>
internal readonly record struct CopyMessage(int Handle, int Class, int Chunk, object? State)
{
    /// <summary>Below every strategy's own kinds, which start at 1.</summary>
    public const int Kind = -1;

    public Message ToWire(int sizeBytes) => new(Kind, 0, sizeBytes, Int0: Handle, Int1: Class, Int2: Chunk, Payload: State);

    public static CopyMessage Of(in Message wire) => new(wire.Int0, wire.Int1, wire.Int2, wire.Payload);
}
