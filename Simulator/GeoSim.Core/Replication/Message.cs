namespace GeoSim.Core.Replication;

/// <summary>
/// A message between two nodes: a small struct so messages in flight allocate nothing. Each
/// strategy gives <see cref="Kind"/> its own meanings, and says per kind what the fields hold.
/// </summary>
/// <param name="Write">The ledger id of the write it carries, if any.</param>
/// <param name="Version">The strategy's version of that write (log position, timestamp).</param>
/// <param name="SizeBytes">Bytes on the wire: the value size for data, less for control messages.</param>
/// <param name="Payload">Immutable strategy data too big for the fields above (a version vector); null for most messages.</param>
/// <param name="Stamp">A clock reading of the sender's (a commit time, a heartbeat time).</param>
/// <param name="Epoch">The sender's epoch (term) of leadership, for strategies that elect.</param>
public readonly record struct Message(int Kind, int Key, int Write, long Version, int SizeBytes, long Stamp = 0, int Epoch = 0, object? Payload = null);
