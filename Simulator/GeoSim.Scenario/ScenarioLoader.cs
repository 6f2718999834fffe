using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Files;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Sections;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario;

/// <summary>
/// Reads a YAML scenario into a validated <see cref="GeoSim.Core.Spec.ScenarioSpec"/>, or into the
/// list of everything wrong with it (file, line, column, what was expected). Bad input never
/// throws.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>: a regular file of at most
    /// <see cref="ScenarioLimits.MaxScenarioFileBytes"/>. Anything else is one error at 1:1.
    /// </summary>
    public static LoadResult LoadFile(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return new LoadResult(null, [new ScenarioError(path, 1, 1, "file not found")]);
        }
        if (!BoundedFile.TryReadText(path, path, ScenarioLimits.MaxScenarioFileBytes, out var text, out var error))
        {
            return new LoadResult(null, [new ScenarioError(path, 1, 1, error)]);
        }
        return Load(text, path);
    }

    /// <param name="fileName">Used in error messages, and to find <c>empirical(file=...)</c> files next to the scenario.</param>
    public static LoadResult Load(string yamlText, string fileName)
    {
        var diagnostics = new Diagnostics(fileName);
        var baseDirectory = Path.GetDirectoryName(fileName) is { Length: > 0 } directory ? directory : ".";
        var root = YamlTreeBuilder.Build(yamlText, diagnostics);
        var scenario = root is null
            ? null
            : new ScenarioReader(diagnostics, new ValueReader(diagnostics, baseDirectory)).Read(root, Fingerprint.Of(yamlText));
        return diagnostics.HasErrors ? new LoadResult(null, diagnostics.Sorted()) : new LoadResult(scenario, []);
    }

    /// <summary>
    /// What a scenario changed after loading (a <c>--duration</c> override) breaks of the limits
    /// (README "Limits"): too many metric intervals, memory or events over budget. Empty when it fits.
    /// </summary>
    public static IReadOnlyList<string> LimitErrors(ScenarioSpec scenario) => [.. BudgetChecker.Check(scenario).Select(p => p.Message)];

    /// <summary>Parses a duration written as in a scenario (<c>30s</c>, <c>2m</c>), for command-line overrides.</summary>
    public static bool TryParseDuration(string text, out SimDuration duration, out string? error)
    {
        var ok = DurationParser.TryParse(text, out duration, out var message);
        error = ok ? null : message;
        return ok;
    }
}
