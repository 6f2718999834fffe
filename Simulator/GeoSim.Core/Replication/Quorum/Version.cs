using GeoSim.Core.Checkers;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// A version of a key as replicas hold and compare it: the coordinator's timestamp (its clock, or
/// a hybrid logical clock) with a tie-break, and the ledger's id and commit sequence of the write,
/// which only the metrics read. Immutable: one object per write, shared by all its messages.
/// </summary>
/// <param name="Wall">Physical (or HLC wall) time at the coordinator, ns.</param>
/// <param name="Tie">Orders equal walls: the HLC's logical counter above the coordinator's node index.</param>
internal sealed record Version(long Wall, long Tie, int Write, long CommitSeq)
{
    /// <summary>A key's value before any write: older than every version.</summary>
    public static readonly Version Initial = new(long.MinValue, 0, CommitLedger.Initial, -1);

    public WriteRef Ref => new(Write, CommitSeq);

    /// <summary>True when this version replaces <paramref name="other"/> under last-writer-wins.</summary>
    public bool NewerThan(Version other) => Wall != other.Wall ? Wall > other.Wall : Tie > other.Tie;

    /// <summary>True when this version is <paramref name="wall"/>/<paramref name="tie"/> or newer.</summary>
    public bool AtLeast(long wall, long tie) => Wall != wall ? Wall > wall : Tie >= tie;
}
