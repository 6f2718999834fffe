using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Datagram between two replicas, for anti-entropy: the versions the sender holds of the keys both
/// replicate (a request), or those the receiver held newer or the sender lacked (the reply). The
/// exchange of Merkle-tree hashes that finds them is modelled as one control message; the reply
/// carries a value per version.
/// </summary>
internal readonly record struct SyncMessage(bool IsReply, IReadOnlyList<KeyValuePair<int, Version>> Versions)
{
    public const int Kind = 5;

    public Message ToWire(int valueSizeBytes) =>
        new(Kind, 0, (int)Math.Min(int.MaxValue, Network.ControlMessageBytes + (IsReply ? (long)Versions.Count * valueSizeBytes : 0)),
            Int0: IsReply ? 1 : 0, Payload: Versions);

    public static SyncMessage? Of(in Message wire) =>
        wire.Kind == Kind && wire.Payload is IReadOnlyList<KeyValuePair<int, Version>> versions ? new(wire.Int0 == 1, versions) : null;
}
