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

    /// <summary>
    /// The same text as <see cref="Write(double?, string)"/>, formatted into <paramref name="buffer"/>
    /// when it fits (no allocation: a long series writes millions of numbers).
    /// </summary>
    /// <param name="where">The file and row, and <paramref name="column"/>, name the number in the error.</param>
    public static ReadOnlySpan<char> Write(double value, Span<char> buffer, string where, string column)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"{where} {column}: {value} is not a finite number");
        }
        if (!value.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture))
        {
            return Write(value, where);
        }
        var text = buffer[..written];
        return text is "-0" ? "0" : text;
    }
}
