using System.Text.RegularExpressions;

namespace GeoSim.Reports.Tests.Contract;

/// <summary>The metric names the README defines (first column of its "Reading the metrics" table).</summary>
internal static partial class DocumentedMetrics
{
    public static IReadOnlySet<string> FromReadme(string readmePath)
    {
        var lines = File.ReadAllLines(readmePath);
        var start = Array.IndexOf(lines, "## Reading the metrics");
        if (start < 0)
        {
            throw new InvalidDataException($"{readmePath} has no \"## Reading the metrics\" section");
        }
        return lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => Name().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex Name();
}
