namespace GeoSim.Core.Replication;

/// <summary>
/// A message between two nodes as it travels: a small struct, so messages in flight allocate
/// nothing. <see cref="Kind"/>, <see cref="Write"/> and <see cref="SizeBytes"/> mean the same for
/// every strategy (the transport reads the last two); the other fields are plain slots that each
/// strategy names through its own typed messages (e.g. <c>PrimaryReplica/StatusMessage.cs</c>),
/// so no use site reads a slot by its position.
/// </summary>
/// <param name="Kind">The strategy's message kind.</param>
/// <param name="Write">The ledger id of the write it carries (per-hop lag is measured when the receiver applies it), else 0.</param>
/// <param name="SizeBytes">Bytes on the wire: the value size for data, less for control messages.</param>
/// <param name="Payload">Immutable strategy data too big for the slots (a version vector); null for most messages.</param>
public readonly record struct Message(
    int Kind,
    int Write,
    int SizeBytes,
    long Long0 = 0,
    long Long1 = 0,
    int Int0 = 0,
    int Int1 = 0,
    int Int2 = 0,
    object? Payload = null);
