namespace GeoSim.Scenario.Units;

/// <summary><c>512B</c>, <c>1KB</c> (1000 B), <c>4KiB</c> (1024 B), <c>1MB</c>, <c>1MiB</c>, <c>1GB</c>, <c>1GiB</c>.</summary>
internal static class SizeParser
{
    private static readonly UnitTable Table = new("size", "B", new Dictionary<string, decimal>
    {
        ["B"] = 1m,
        ["KB"] = 1_000m,
        ["kB"] = 1_000m,
        ["KiB"] = 1_024m,
        ["MB"] = 1_000_000m,
        ["MiB"] = 1_048_576m,
        ["GB"] = 1_000_000_000m,
        ["GiB"] = 1_073_741_824m,
    });

    /// <summary>A whole, non-negative number of bytes.</summary>
    public static bool TryParse(string text, out long bytes, out string error)
    {
        bytes = 0;
        if (!Table.TryParse(text, out var value, out error))
        {
            return false;
        }
        if (value < 0)
        {
            error = $"{text}: a size cannot be negative";
            return false;
        }
        if (value != decimal.Truncate(value) || value > long.MaxValue)
        {
            error = $"{text}: a size must be a whole number of bytes";
            return false;
        }
        bytes = (long)value;
        return true;
    }
}
