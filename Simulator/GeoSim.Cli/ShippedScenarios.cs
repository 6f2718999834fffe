using GeoSim.Scenario.Yaml;

namespace GeoSim.Cli;

/// <summary>The scenario library shipped beside the executable (the repository's Scenarios/ folder).</summary>
internal static class ShippedScenarios
{
    public const string DefaultName = "quickstart";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>Every shipped scenario file, in a stable order.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The names <c>run</c> accepts for the shipped scenarios: <c>quickstart</c>, <c>incidents/github-2018-10-21</c>.</summary>
    public static IReadOnlyList<string> Names() =>
        All().Select(f => Path.ChangeExtension(Path.GetRelativePath(Folder, f), null).Replace('\\', '/')).ToList();

    /// <summary>
    /// A scenario argument as a path: an existing file, else a shipped scenario of that name
    /// (<c>quickstart</c>, <c>incidents/github-2018-10-21</c>), else the argument itself (the
    /// loader then reports it missing). No argument: the quickstart.
    /// </summary>
    public static string Resolve(string? argument)
    {
        var name = argument ?? DefaultName;
        if (File.Exists(name))
        {
            return name;
        }
        var shipped = Path.Combine(Folder, name.EndsWith(".yaml", StringComparison.Ordinal) ? name : name + ".yaml");
        return File.Exists(shipped) ? shipped : name;
    }

    /// <summary>Why <paramref name="argument"/> names no scenario (with the nearest shipped name), or null when it does.</summary>
    public static string? Problem(string argument)
    {
        if (File.Exists(Resolve(argument)))
        {
            return null;
        }
        if (Directory.Exists(argument))
        {
            return $"{argument}: is a folder; give one scenario file (geosim validate accepts folders)";
        }
        var names = Names();
        var asName = argument.EndsWith(".yaml", StringComparison.Ordinal) ? argument[..^".yaml".Length] : argument;
        var hint = Suggestions.Closest(asName, names) is { } close
            ? $"did you mean '{close}'?"
            : "'geosim list' shows the shipped scenarios";
        return $"{argument}: no such file, and no shipped scenario of that name; {hint}";
    }
}
