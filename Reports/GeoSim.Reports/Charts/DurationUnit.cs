using System.Globalization;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The unit a duration axis reads best in, by the largest value it shows: milliseconds up to 2 s,
/// seconds up to 3 min, minutes beyond (no "105000 ms").
/// </summary>
internal readonly record struct DurationUnit(string Symbol, double Milliseconds)
{
    public static DurationUnit For(double largestMs) => largestMs switch
    {
        < 2_000 => new("ms", 1),
        < 180_000 => new("s", 1_000),
        _ => new("min", 60_000),
    };

    public ChartLine Scale(ChartLine line)
    {
        var ms = Milliseconds;
        return line with { Ys = line.Ys.Select(v => v / ms).ToList() };
    }

    /// <summary>A power of ten of milliseconds, as a log axis tick: "1 ms", "100 ms", "1 s", "100 s".</summary>
    public static string LogTick(double exponent)
    {
        var ms = Math.Pow(10, exponent);
        return ms >= 1_000
            ? (ms / 1_000).ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : ms.ToString("0.######", CultureInfo.InvariantCulture) + " ms";
    }
}
