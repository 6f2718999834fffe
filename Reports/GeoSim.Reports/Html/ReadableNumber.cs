using System.Globalization;

namespace GeoSim.Reports.Html;

/// <summary>Numbers as a person reads them: "130.5 MB", "34 s", "225.1 ms", "0.11 %", "1,204".</summary>
internal static class ReadableNumber
{
    private static readonly (double Size, string Unit)[] ByteUnits = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB")];

    public static string Bytes(double bytes)
    {
        foreach (var (size, unit) in ByteUnits)
        {
            if (bytes >= size)
            {
                return Fixed(bytes / size, 1) + " " + unit;
            }
        }
        return Fixed(bytes, 0) + " bytes";
    }

    /// <summary>Milliseconds in ms below 2 s, in s below 3 min, in min beyond.</summary>
    public static string Milliseconds(double ms) => ms switch
    {
        < 10 => Fixed(ms, 2) + " ms",
        < 2_000 => Fixed(ms, 1) + " ms",
        < 180_000 => Fixed(ms / 1_000, 1) + " s",
        _ => Fixed(ms / 60_000, 1) + " min",
    };

    public static string Seconds(double s) => Milliseconds(s * 1_000);

    /// <summary>A ratio (0–1) as a percentage with enough digits to tell 99.9 % from 100 %.</summary>
    public static string Percent(double ratio)
    {
        var percent = ratio * 100;
        var digits = percent is > 0 and < 1 ? 3 : percent is > 99 and < 100 ? 3 : 1;
        return Fixed(percent, digits) + " %";
    }

    public static string Count(double count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Usd(double usd) => usd.ToString("#,0.00", CultureInfo.InvariantCulture) + " USD";

    private static string Fixed(double value, int digits) =>
        value.ToString(digits == 0 ? "#,0" : "#,0." + new string('#', digits), CultureInfo.InvariantCulture);
}
