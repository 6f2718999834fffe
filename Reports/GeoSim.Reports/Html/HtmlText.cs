using System.Globalization;
using System.Net;

namespace GeoSim.Reports.Html;

/// <summary>Text and numbers as report.html writes them: escaped, invariant culture.</summary>
internal static class HtmlText
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
