using GeoSim.Core.Clocks;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// What a node knows of one key's current version: its causal history, its timestamp, the node
/// that wrote it and the write's id; for a CRDT, the merged state. Also the payload of a
/// replication message, so versions are immutable.
/// </summary>
/// <param name="Dependencies">With causal delivery: how many writes of each node the writer had applied.</param>
public sealed record KeyVersion(VersionVector Clock, HlcTimestamp Time, int Origin, int Write, ICrdt? State, VersionVector? Dependencies = null)
{
    /// <summary>The clock the write was made with, before a node merged other histories into <see cref="Clock"/>.</summary>
    public VersionVector? OwnClock { get; init; }

    /// <summary>What the write itself had seen: a loser is only lost if the winner's write had not seen it.</summary>
    public VersionVector WrittenWith => OwnClock ?? Clock;

    /// <summary>The same version, its causal history widened to <paramref name="merged"/>.</summary>
    public KeyVersion Seen(VersionVector merged) => this with { Clock = merged, OwnClock = WrittenWith };
}
