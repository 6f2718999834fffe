namespace GeoSim.Architecture.Tests;

/// <summary>Paths of the checkout the tests run in; every path the checks print is relative to its root, with '/'.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public static string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>The .cs files under a folder of the checkout, build outputs (obj/, bin/) left out, in ordinal order.</summary>
    public static IEnumerable<string> SourceFiles(string relativeFolder) =>
        Directory.EnumerateFiles(Full(relativeFolder), "*.cs", SearchOption.AllDirectories)
            .Select(Relative)
            .Where(p => !p.Split('/').Any(segment => segment is "obj" or "bin"))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory");
    }
}
