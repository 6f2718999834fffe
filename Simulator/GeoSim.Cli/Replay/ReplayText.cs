using System.Globalization;

namespace GeoSim.Cli.Replay;

/// <summary>How the replay writes times, durations and shares: short, invariant, in the units people say.</summary>
internal static class ReplayText
{
    /// <summary>Simulated time as mm:ss.s, or h:mm:ss.s when <paramref name="hours"/> (runs of an hour or more).</summary>
    public static string Clock(double seconds, bool hours)
    {
        // Whole tenths first, so 59.96 s reads 01:00.0 and not 00:60.0.
        var tenths = (long)Math.Round(seconds * 10, MidpointRounding.AwayFromZero);
        var (minutes, secondTenths) = Math.DivRem(tenths, 600);
        var second = string.Create(CultureInfo.InvariantCulture, $"{secondTenths / 10.0:00.0}");
        return hours
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:00}:{second}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{second}");
    }

    /// <summary>A duration in milliseconds as seconds, minutes or hours to one decimal: "12.4 s", "3.5 min", "6.0 h".</summary>
    public static string Duration(double milliseconds)
    {
        var seconds = milliseconds / 1000;
        return seconds switch
        {
            < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s"),
            < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.0} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.0} h"),
        };
    }

    /// <summary>A ratio as a whole percentage: "63 %", "97.6 %".</summary>
    public static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0.#} %");

    /// <summary>A count with thousands separators: "5,000".</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count and its noun: "1 lost update", "954 lost updates".</summary>
    public static string Count(long count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";

    /// <summary>Greedy word wrap (a caption's line breaks count as spaces); a longer word gets a line of its own.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = "";
            }
            line = line.Length == 0 ? word : $"{line} {word}";
        }
        yield return line;
    }
}
