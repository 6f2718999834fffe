using System.Text.Encodings.Web;
using System.Text.Json;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports;

/// <summary>
/// run.json: what was run, with which seed and version, how long it took, whether it finished, and
/// which files GeoSim wrote beside it.
/// </summary>
internal static class RunJson
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        // A file, not HTML: keep "->", "<" and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="results">Non-empty, all of one scenario, seed and fingerprint (checked by the caller).</param>
    /// <param name="files">Every file of the folder, run.json included, as <see cref="OutputMarker.List"/> gives them.</param>
    public static void Write(string folder, IReadOnlyList<RunResult> results, RunInfo info, IReadOnlyList<string> files)
    {
        var first = results[0];
        var document = new RunJsonDocument(
            OutputMarker.Format,
            first.ScenarioName,
            first.Seed,
            info.Version,
            first.Fingerprint,
            first.IntervalSeconds,
            results.Select(r => new RunJsonStrategy(r.Strategy, r.EventsProcessed, r.SimulatedSeconds, r.Completed)).ToList(),
            results.Sum(r => r.EventsProcessed),
            // Milliseconds are all a wall time can honestly claim.
            Math.Round(info.WallSeconds, 3),
            info.Interrupted || results.Any(r => !r.Completed),
            info.CommandLine,
            new RunJsonEnvironment(info.Version, info.Environment.Os, info.Environment.Architecture, info.Environment.DotnetRuntime),
            files);
        var json = JsonSerializer.Serialize(document, Options) + "\n";
        File.WriteAllText(Path.Combine(folder, FileName), json);
    }
}
