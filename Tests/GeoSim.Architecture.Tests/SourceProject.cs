using System.Xml.Linq;

namespace GeoSim.Architecture.Tests;

/// <summary>What a product .csproj says that matters for compiling its sources here: name, folder, references, friends.</summary>
internal sealed record SourceProject(
    string AssemblyName,
    bool IsExe,
    string Folder,
    IReadOnlyList<string> ProjectReferences, // the referenced projects' folders
    IReadOnlyList<string> InternalsVisibleTo)
{
    /// <summary>The product projects: every .csproj under Simulator/ and Reports/, in ordinal order.</summary>
    public static IReadOnlyList<SourceProject> All() =>
        new[] { "Simulator", "Reports" }
            .SelectMany(top => Directory.EnumerateFiles(RepoPaths.Full(top), "*.csproj", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();

    private static SourceProject Read(string csproj)
    {
        var xml = XDocument.Load(csproj);
        var dir = Path.GetDirectoryName(csproj)!;
        string[] Items(string name) => xml.Descendants(name).Select(e => (string)e.Attribute("Include")!).ToArray();
        return new SourceProject(
            xml.Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault() ?? Path.GetFileNameWithoutExtension(csproj),
            xml.Descendants("OutputType").Any(e => e.Value.Equals("Exe", StringComparison.OrdinalIgnoreCase)),
            RepoPaths.Relative(dir),
            Items("ProjectReference").Select(r => RepoPaths.Relative(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(dir, r.Replace('\\', '/'))))!)).ToArray(),
            Items("InternalsVisibleTo"));
    }

    /// <summary>The folder's .cs files (obj/ and bin/ left out), repo-relative.</summary>
    public IEnumerable<string> SourceFiles() => RepoPaths.SourceFiles(Folder);
}
