using System.Globalization;
using GeoSim.Core.Engine;
using GeoSim.Scenario.Limits;

namespace GeoSim.Scenario.Units;

/// <summary><c>250us</c>, <c>40ms</c>, <c>1.5s</c>, <c>2m</c>, <c>1h</c>, <c>1d</c> (and <c>ns</c>).</summary>
internal static class DurationParser
{
    private static readonly UnitTable Table = new("duration", "ms", new Dictionary<string, decimal>
    {
        ["ns"] = 1m,
        ["us"] = 1_000m,
        ["ms"] = 1_000_000m,
        ["s"] = 1_000_000_000m,
        ["m"] = 60_000_000_000m,
        ["h"] = 3_600_000_000_000m,
        ["d"] = 86_400_000_000_000m,
    });

    /// <summary>A non-negative duration in (possibly fractional) nanoseconds, as distributions hold them.</summary>
    public static bool TryParseNanos(string text, out decimal nanos, out string error)
    {
        if (!TryParseSignedNanos(text, out nanos, out error))
        {
            return false;
        }
        if (nanos < 0)
        {
            error = $"{text}: a duration cannot be negative";
            return false;
        }
        return true;
    }

    /// <summary>A duration that may be negative (a clock offset or jump), in nanoseconds, at most 365d either way.</summary>
    public static bool TryParseSignedNanos(string text, out decimal nanos, out string error)
    {
        if (!Table.TryParse(text, out nanos, out error))
        {
            return false;
        }
        if (Math.Abs(nanos) > ScenarioLimits.MaxDuration.Nanos)
        {
            error = $"{text}: the duration is too long (at most {Format(ScenarioLimits.MaxDuration)}, so that simulated time fits in nanoseconds)";
            return false;
        }
        return true;
    }

    /// <summary>A non-negative duration rounded to whole nanoseconds.</summary>
    public static bool TryParse(string text, out SimDuration duration, out string error)
    {
        var ok = TryParseNanos(text, out var nanos, out error);
        duration = ok ? Round(nanos) : SimDuration.Zero;
        return ok;
    }

    /// <summary>A duration that may be negative (<c>-2s</c>), rounded to whole nanoseconds.</summary>
    public static bool TryParseSigned(string text, out SimDuration duration, out string error)
    {
        var ok = TryParseSignedNanos(text, out var nanos, out error);
        duration = ok ? Round(nanos) : SimDuration.Zero;
        return ok;
    }

    /// <summary>
    /// The duration in the largest unit that holds it exactly (<c>10m</c> rather than
    /// <c>600s</c>), so messages read the way scenarios are written.
    /// </summary>
    public static string Format(SimDuration duration)
    {
        if (duration == SimDuration.Zero)
        {
            return "0s";
        }
        var (unit, factor) = Table.Factors.Where(f => duration.Nanos % f.Value == 0).MaxBy(f => f.Value);
        return (duration.Nanos / factor).ToString(CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>The duration units, for <c>empirical(unit=ms)</c>.</summary>
    public static IReadOnlyCollection<string> Units => [.. Table.Factors.Keys];

    private static SimDuration Round(decimal nanos) => new((long)Math.Round(nanos, MidpointRounding.AwayFromZero));
}
