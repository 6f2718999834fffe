using System.Globalization;

namespace GeoSim.Core.Clocks;

/// <summary>
/// A hybrid logical clock timestamp: the largest physical time (ns) the clock has heard of, and a
/// logical counter that orders events sharing that wall value. Ordered by wall, then logical.
/// </summary>
/// <param name="WallNanos">The paper's l: the largest physical clock reading known, in ns.</param>
/// <param name="Logical">The paper's c: events since <paramref name="WallNanos"/> last grew.</param>
public readonly record struct HlcTimestamp(long WallNanos, int Logical) : IComparable<HlcTimestamp>
{
    /// <summary>Below every timestamp a clock can issue from a non-negative physical time.</summary>
    public static readonly HlcTimestamp Zero = new(0, 0);

    /// <summary>Orders by <see cref="WallNanos"/>, then <see cref="Logical"/>.</summary>
    public int CompareTo(HlcTimestamp other)
    {
        var byWall = WallNanos.CompareTo(other.WallNanos);
        return byWall != 0 ? byWall : Logical.CompareTo(other.Logical);
    }

    /// <summary>True when <paramref name="a"/> orders before <paramref name="b"/>.</summary>
    public static bool operator <(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> orders after <paramref name="b"/>.</summary>
    public static bool operator >(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> orders before or equals <paramref name="b"/>.</summary>
    public static bool operator <=(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> orders after or equals <paramref name="b"/>.</summary>
    public static bool operator >=(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) >= 0;

    /// <summary>The larger of two timestamps.</summary>
    public static HlcTimestamp Max(HlcTimestamp a, HlcTimestamp b) => a >= b ? a : b;

    /// <summary><c>wall.logical</c> with invariant digits, e.g. <c>1500000000.2</c>.</summary>
    public override string ToString() =>
        WallNanos.ToString(CultureInfo.InvariantCulture) + "." + Logical.ToString(CultureInfo.InvariantCulture);
}
