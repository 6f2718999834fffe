using System.Globalization;

namespace GeoSim.Cli;

/// <summary>The value an option of a given type takes, in words, and whether a token is one.</summary>
internal static class ValueWords
{
    /// <summary>E.g. "a whole number, e.g. 42"; null for types whose parse errors are already plain (strings).</summary>
    public static string? Expected(Type type) =>
        type == typeof(long) || type == typeof(int) ? "a whole number, e.g. 42"
        : type == typeof(double) ? "a number, e.g. 2.5"
        : type == typeof(bool) ? "true or false"
        : null;

    /// <summary>Why <paramref name="token"/> is not a value of <paramref name="type"/>, or null when it is one.</summary>
    public static string? Problem(string token, Type type)
    {
        var converts = type == typeof(long) ? long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            : type == typeof(int) ? int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            : type == typeof(double) ? double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            : type != typeof(bool) || bool.TryParse(token, out _);
        if (converts)
        {
            return null;
        }
        var (min, max) = type == typeof(long) ? (long.MinValue, long.MaxValue) : (int.MinValue, int.MaxValue);
        var whole = token.TrimStart('-', '+').Length > 0 && token.TrimStart('-', '+').All(char.IsAsciiDigit);
        return whole && (type == typeof(long) || type == typeof(int))
            ? string.Create(CultureInfo.InvariantCulture, $"out of range: expected a whole number from {min} to {max}")
            : $"expected {Expected(type)}";
    }
}
