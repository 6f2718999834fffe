using System.Text.Json;

namespace GeoSim.Reports;

/// <summary>
/// How GeoSim recognises a folder it wrote: its run.json carries the <see cref="Format"/> signature
/// and lists every file GeoSim put there. A folder is GeoSim's only if its marker says so and it
/// holds nothing the marker does not list; nothing is ever inferred from file names alone.
/// </summary>
internal static class OutputMarker
{
    /// <summary>The value of run.json's <c>format</c> key.</summary>
    public const string Format = "geosim-output-1";

    /// <summary>
    /// The first file of a temporary folder being written (before run.json exists), holding
    /// <see cref="Format"/>; removed once run.json lists the finished files.
    /// </summary>
    public const string WritingFile = ".geosim-writing";

    // A run.json lists a few dozen files; anything this large is not one of ours.
    private const long MaxRunJsonBytes = 1 << 20;

    /// <summary>The scenario and the files of a folder GeoSim wrote, as its run.json records them.</summary>
    public sealed record Contents(string Scenario, IReadOnlySet<string> Files);

    /// <summary>Reads the marker of <paramref name="folder"/>, or null if run.json is absent, foreign or unreadable.</summary>
    public static Contents? Read(string folder)
    {
        var path = Path.Combine(folder, RunJson.FileName);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > MaxRunJsonBytes)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format
                || !root.TryGetProperty("scenario", out var scenario) || scenario.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateArray())
            {
                if (file.ValueKind != JsonValueKind.String || !IsPlainRelative(file.GetString()!))
                {
                    return null;
                }
                listed.Add(file.GetString()!);
            }
            return new Contents(scenario.GetString()!, listed);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="folder"/> holds the marker of a temporary folder still being written.</summary>
    public static bool IsBeingWritten(string folder)
    {
        var info = new FileInfo(Path.Combine(folder, WritingFile));
        try
        {
            return info.Exists && info.LinkTarget is null && info.Length < 256
                && File.ReadAllText(info.FullName).Trim() == Format;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The files of <paramref name="folder"/> as run.json lists them: relative, '/'-separated, sorted.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != WritingFile)
            .Append(RunJson.FileName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    // A listed name must stay inside the folder: no "..", no absolute path, no empty part.
    private static bool IsPlainRelative(string file) =>
        file.Length > 0 && !Path.IsPathRooted(file) && file.Split('/').All(part => part is not ("" or "." or ".."));
}
