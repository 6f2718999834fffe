namespace GeoSim.Core.Clocks;

/// <summary>
/// A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014). Mutable,
/// one per node; the node passes its own physical clock reading to every call.
/// </summary>
/// <remarks>
/// Guarantees, whatever the physical clock does (it may step backward at a resync or a jump):
/// timestamps at a node strictly increase; a receive is stamped after the matching send;
/// the wall part never falls below the current physical reading and exceeds it by at most the
/// largest skew between clocks (l − pt ≤ ε); and the logical part of an event is at most the
/// number of events that happened before it with the same wall part (the paper's Theorem 2).
/// </remarks>
internal sealed class HybridLogicalClock
{
    /// <summary>The timestamp of the latest event at this node; <see cref="HlcTimestamp.Zero"/> before any.</summary>
    public HlcTimestamp Current { get; private set; } = HlcTimestamp.Zero;

    /// <summary>A local event or a send at physical reading <paramref name="physicalNowNanos"/>.</summary>
    public HlcTimestamp Now(long physicalNowNanos)
    {
        var last = Current;
        Current = physicalNowNanos > last.WallNanos
            ? new HlcTimestamp(physicalNowNanos, 0)
            : new HlcTimestamp(last.WallNanos, NextLogical(last.Logical));
        return Current;
    }

    /// <summary>
    /// A receive of a message stamped <paramref name="remote"/> at physical reading
    /// <paramref name="physicalNowNanos"/>: the result orders after both the local history and
    /// <paramref name="remote"/>.
    /// </summary>
    public HlcTimestamp Observe(HlcTimestamp remote, long physicalNowNanos)
    {
        var last = Current;
        var wall = Math.Max(Math.Max(last.WallNanos, remote.WallNanos), physicalNowNanos);
        // The counter restarts only when the physical clock alone set the new wall value.
        int logical;
        if (wall == last.WallNanos && wall == remote.WallNanos)
        {
            logical = NextLogical(Math.Max(last.Logical, remote.Logical));
        }
        else if (wall == last.WallNanos)
        {
            logical = NextLogical(last.Logical);
        }
        else if (wall == remote.WallNanos)
        {
            logical = NextLogical(remote.Logical);
        }
        else
        {
            logical = 0;
        }
        Current = new HlcTimestamp(wall, logical);
        return Current;
    }

    // The paper bounds c by the events sharing one wall value; reaching int.MaxValue is a bug.
    private static int NextLogical(int logical) => checked(logical + 1);
}
