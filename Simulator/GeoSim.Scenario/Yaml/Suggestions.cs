namespace GeoSim.Scenario.Yaml;

/// <summary>"Did you mean ...?" for misspelt keys, units, names and regions.</summary>
internal static class Suggestions
{
    private const int MaxEdits = 2;

    /// <summary>
    /// The candidate closest to <paramref name="input"/> (case-insensitive optimal string alignment
    /// distance ≤ 2, and at most half the input's length so short inputs do not match anything),
    /// else the first candidate that the input is a prefix of.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var maxDistance = Math.Min(MaxEdits, input.Length / 2);
        string? best = null;
        var bestDistance = int.MaxValue;
        string? prefixMatch = null;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= maxDistance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
            if (prefixMatch is null && input.Length >= 2 && candidate.StartsWith(input, StringComparison.OrdinalIgnoreCase))
            {
                prefixMatch = candidate;
            }
        }
        return best ?? prefixMatch;
    }

    /// <summary>"; did you mean 'x'?" when there is a close candidate, else "; expected one of a, b, c".</summary>
    public static string Hint(string input, IReadOnlyCollection<string> candidates) =>
        Closest(input, candidates) is { } close
            ? $"; did you mean '{close}'?"
            : $"; expected one of {string.Join(", ", candidates)}";

    // Damerau-Levenshtein restricted to adjacent transpositions ("duratoin" -> "duration" is 1).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
