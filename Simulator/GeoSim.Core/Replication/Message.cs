namespace GeoSim.Core.Replication;

/// <summary>
/// A message between two nodes: a small struct so messages in flight allocate nothing. Each
/// strategy gives <see cref="Kind"/> its own meanings.
/// </summary>
/// <param name="Write">The ledger id of the write it carries, if any.</param>
/// <param name="Version">The strategy's version of that write (log position, timestamp).</param>
/// <param name="SizeBytes">Bytes on the wire: the value size for data, less for control messages.</param>
/// <param name="Payload">Immutable strategy data too big for the fields above (a version vector); null for most messages.</param>
public readonly record struct Message(int Kind, int Key, int Write, long Version, int SizeBytes, object? Payload = null);
