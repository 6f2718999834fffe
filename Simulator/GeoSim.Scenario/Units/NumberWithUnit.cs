using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoSim.Scenario.Units;

/// <summary>Splits <c>1.5ms</c> into 1.5 and "ms". Numbers are always read with the invariant culture.</summary>
internal static partial class NumberWithUnit
{
    // [0-9] rather than \d: \d also matches non-ASCII digits, which decimal.Parse rejects.
    [GeneratedRegex(@"^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();

    /// <summary>False when <paramref name="text"/> does not start with a number (or the number is out of range).</summary>
    public static bool TrySplit(string text, out decimal number, out string unit)
    {
        var match = Pattern().Match(text);
        unit = match.Success ? match.Groups[2].Value : "";
        number = 0;
        return match.Success
            && decimal.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A plain number without a unit.</summary>
    public static bool TryParseNumber(string text, out decimal number) => TrySplit(text, out number, out var unit) && unit.Length == 0;
}
