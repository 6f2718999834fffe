using GeoSim.Core.Clocks;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// Dynamo's vector clocks: a write's clock is its coordinator's context for the key plus one
/// event of the coordinator's own. A version whose history includes another's supersedes it;
/// versions neither of which includes the other are concurrent, and a replica keeps both as
/// siblings until a write that has seen them all replaces them. Nothing is lost.
/// </summary>
internal sealed class SiblingOrder : VersionOrder
{
    public override bool Adds(Version incoming, Version held) =>
        incoming.Clock is { } clock && (held.Clock is not { } heldClock || !heldClock.Dominates(clock));

    public override Version Merge(Version held, Version incoming)
    {
        if (!Adds(incoming, held))
        {
            return held;
        }
        if (!Adds(held, incoming))
        {
            return incoming;
        }
        // Concurrent: keep each side's writes that the other side neither holds nor has seen past.
        var kept = Surviving(held, incoming).Concat(Surviving(incoming, held).Where(v => !held.Writes.Contains(v)))
            .OrderBy(v => v.CommitSeq).ToList();
        var newest = kept[^1];
        return newest with { Clock = held.Clock!.Merge(incoming.Clock!), Siblings = kept };
    }

    public override bool Includes(Version value, (long, long) mark) =>
        value.Clock is { } clock && clock[(int)mark.Item2] >= mark.Item1;

    public override (long, long) Mark(Version written, int coordinator) => (written.Clock![coordinator], coordinator);

    /// <summary>The writes of <paramref name="side"/> that <paramref name="other"/> holds too, or whose history it does not include.</summary>
    private static IEnumerable<Version> Surviving(Version side, Version other) =>
        side.Writes.Where(v => other.Writes.Contains(v) || !other.Clock!.Dominates(v.Clock!));

    /// <summary>The clock of a new write: <paramref name="context"/> (null: nothing seen) plus an event of <paramref name="coordinator"/>.</summary>
    public static VersionVector WriteClock(VersionVector? context, int coordinator, int nodes) =>
        (context ?? new VersionVector(nodes)).Increment(coordinator);
}
