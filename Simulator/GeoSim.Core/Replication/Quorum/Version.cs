using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;

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

    /// <summary>
    /// Under <c>siblings</c>: the causal history the value includes, the coordinator's context
    /// with one more event of its own for a write, or all its siblings' histories merged. Null under
    /// last-writer-wins, and for the initial value (the empty history).
    /// </summary>
    public VersionVector? Clock { get; init; }

    /// <summary>
    /// Under <c>siblings</c>, a value that keeps concurrent writes: all of them, each with its own
    /// clock. The value's own write fields are those of the sibling committed last, which a read of
    /// the value is judged by. Null: the value is this one write.
    /// </summary>
    public IReadOnlyList<Version>? Siblings { get; init; }

    public WriteRef Ref => new(Write, CommitSeq);

    /// <summary>The writes the value holds: its siblings, or itself.</summary>
    public IReadOnlyList<Version> Writes => Siblings ?? [this];

    /// <summary>True when this version replaces <paramref name="other"/> under last-writer-wins.</summary>
    public bool NewerThan(Version other) => Wall != other.Wall ? Wall > other.Wall : Tie > other.Tie;

    /// <summary>True when this version is <paramref name="wall"/>/<paramref name="tie"/> or newer.</summary>
    public bool AtLeast(long wall, long tie) => Wall != wall ? Wall > wall : Tie >= tie;

    /// <summary>Equal on two replicas exactly when they hold the same writes.</summary>
    public long Digest() => Siblings is null ? Write : Siblings.Aggregate(17L, (hash, v) => unchecked(hash * 31 + v.Write));
}
