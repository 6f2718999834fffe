using System.Text.Json;

namespace GeoSim.Architecture.Tests;

/// <summary>
/// docs/architecture.json: the parts of GeoSim (by path), the dependencies allowed between them
/// (strict: only a listed arrow is allowed, not a path of arrows), the ones never allowed with
/// their reason, and the violations tolerated while the redesign is under way.
/// </summary>
internal sealed record ArchitectureRules(
    IReadOnlyList<Part> Parts,
    IReadOnlyList<Arrow> Arrows,
    IReadOnlyList<Forbidden> Never,
    IReadOnlyList<KnownViolation> Known)
{
    public const string FilePath = "docs/architecture.json";

    public static ArchitectureRules Load() => Parse(File.ReadAllText(RepoPaths.Full(FilePath)));

    public static ArchitectureRules Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var parts = root.GetProperty("parts").EnumerateObject()
            .Select(p => new Part(p.Name, p.Value.GetProperty("is").EnumerateArray().Select(s => s.GetString()!).ToArray()))
            .ToArray();
        return new ArchitectureRules(
            parts,
            Rows(root, "arrows").Select(r => new Arrow(r[0], r[1])).ToArray(),
            Rows(root, "never").Select(r => new Forbidden(new Arrow(r[0], r[1]), r[2])).ToArray(),
            Rows(root, "known").Select(r => new KnownViolation(new Arrow(r[0], r[1]), r[2], r[3])).ToArray());
    }

    public bool Allows(Arrow arrow) => Arrows.Contains(arrow);

    /// <summary>Why a dependency outside the arrows is wrong: the "never" reason when there is one.</summary>
    public string WhyNot(Arrow arrow) =>
        Never.FirstOrDefault(n => n.Arrow == arrow)?.Reason ?? $"no arrow {arrow} in {FilePath}";

    /// <summary>The parts whose paths hold a file: exactly one for every file of the checked folders.</summary>
    public IReadOnlyList<string> PartsOf(string relativePath) =>
        Parts.Where(p => p.Paths.Any(pattern => Matches(pattern, relativePath))).Select(p => p.Name).ToArray();

    /// <summary>"Dir/" holds every file below Dir; "Dir/*.cs" only the .cs files directly in Dir.</summary>
    private static bool Matches(string pattern, string relativePath)
    {
        if (pattern.EndsWith("/*.cs", StringComparison.Ordinal))
        {
            var folder = pattern[..^"*.cs".Length];
            return relativePath.StartsWith(folder, StringComparison.Ordinal)
                && relativePath.EndsWith(".cs", StringComparison.Ordinal)
                && !relativePath[folder.Length..].Contains('/');
        }
        if (pattern.EndsWith('/'))
        {
            return relativePath.StartsWith(pattern, StringComparison.Ordinal);
        }
        throw new InvalidOperationException($"{FilePath}: path '{pattern}' must end with '/' (a folder) or '/*.cs' (its own files)");
    }

    private static IEnumerable<string[]> Rows(JsonElement root, string name) =>
        root.TryGetProperty(name, out var rows)
            ? rows.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray())
            : [];
}

internal sealed record Part(string Name, IReadOnlyList<string> Paths)
{
    public bool Equals(Part? other) => other is not null && Name == other.Name && Paths.SequenceEqual(other.Paths);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}

internal readonly record struct Arrow(string From, string To)
{
    public override string ToString() => $"{From} -> {To}";
}

internal sealed record Forbidden(Arrow Arrow, string Reason);

/// <summary>A violation of today's code that the redesign removes; tolerated only in that file.</summary>
internal sealed record KnownViolation(Arrow Arrow, string File, string Why);
