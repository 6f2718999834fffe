using System.Globalization;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// <c>--shard I/N</c>: the I-th (1-based) of N slices of the expanded run list. Run k (1-based)
/// belongs to shard ((k - 1) mod N) + 1, so every shard gets a mix of variants.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    public static bool TryParse(string text, out Shard? shard, out string? error)
    {
        shard = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = "expected I/N with whole numbers, e.g. 2/8 (the second of eight shards)";
            return false;
        }
        if (count < 1 || index < 1 || index > count)
        {
            error = $"I must be from 1 to N (N at least 1); {text} is not";
            return false;
        }
        shard = new Shard(index, count);
        error = null;
        return true;
    }
}
