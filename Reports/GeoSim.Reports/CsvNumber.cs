using System.Globalization;

namespace GeoSim.Reports;

/// <summary>
/// Formats every number the CSV files hold. Fixed-point with at most six decimals ("0.######",
/// invariant culture): nanosecond resolution for milliseconds, microseconds for seconds, never an
/// exponent, and the same text on every machine and culture. Shortest round-trip ("R") would
/// print float noise such as 0.30000000000000004 and exponents for large byte counts.
/// </summary>
public static class CsvNumber
{
    private const string Format = "0.######";

    /// <summary>Null becomes an empty field; NaN and infinities are a bug upstream and throw.</summary>
    public static string Write(double? value, string where)
    {
        if (value is not { } v)
        {
            return "";
        }
        if (!double.IsFinite(v))
        {
            throw new InvalidOperationException($"{where}: {v} is not a finite number");
        }
        var text = v.ToString(Format, CultureInfo.InvariantCulture);
        // Values that round to zero from below would print "-0".
        return text == "-0" ? "0" : text;
    }
}
