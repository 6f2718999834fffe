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
}
