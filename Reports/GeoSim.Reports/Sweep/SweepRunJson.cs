using System.Text.Encodings.Web;
using System.Text.Json;

namespace GeoSim.Reports.Sweep;

/// <summary>
/// run.json of a sweep's output folder: the same marker as a run's (<see cref="OutputMarker"/>:
/// format, scenario, files), with <c>kind: sweep</c> and the sweep's progress.
/// </summary>
internal static class SweepRunJson
{
    public const string Kind = "sweep";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string folder, SweepInfo info, IReadOnlyList<string> files)
    {
        var document = new Document(OutputMarker.Format, info.Name, Kind, info.Version, info.Shard,
            info.RunsPlanned, info.RunsDone, info.Complete, files);
        File.WriteAllText(Path.Combine(folder, RunJson.FileName), JsonSerializer.Serialize(document, Options) + "\n");
    }

    /// <summary>True when <paramref name="folder"/> holds GeoSim's marker and says it is a sweep.</summary>
    public static bool IsSweep(string folder)
    {
        if (OutputMarker.Read(folder) is null)
        {
            return false;
        }
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, RunJson.FileName)));
            return json.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == Kind;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The declaration order is the key order in the file.
    private sealed record Document(string Format, string Scenario, string Kind, string GeosimVersion, string? Shard,
        int RunsPlanned, int RunsDone, bool Complete, IReadOnlyList<string> Files);
}
