using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Datagram, coordinator (or a node replaying a hint) to a replica: store this version of
/// <paramref name="Key"/>. <paramref name="Op"/> names what the acknowledgement answers (a write, a
/// hint; 0: a read repair, not acknowledged). <paramref name="HintFor"/>: under a sloppy quorum,
/// the replica this node stands in for, keeping the version as a hint instead of storing it.
/// </summary>
internal readonly record struct WriteMessage(long Op, int Key, Version Version, NodeId? HintFor = null)
{
    public const int Kind = 1;

    public bool IsRepair => Op == 0;

    public Message ToWire(int sizeBytes) =>
        new(Kind, Version.Write, sizeBytes, Long0: Op, Int0: Key, Int1: HintFor is { } n ? n.Index + 1 : 0, Payload: Version);

    public static WriteMessage? Of(in Message wire) =>
        wire.Kind == Kind && wire.Payload is Version version
            ? new(wire.Long0, wire.Int0, version, wire.Int1 == 0 ? null : new NodeId(wire.Int1 - 1))
            : null;
}
