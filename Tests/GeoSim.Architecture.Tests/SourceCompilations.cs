using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GeoSim.Architecture.Tests;

/// <summary>
/// Compiles the product's sources with Roslyn, one compilation per project referencing the ones it
/// references, so every name binds as in the real build and its symbol leads back to the file that
/// declares it.
/// </summary>
internal static class SourceCompilations
{
    /// <summary>What the SDK's ImplicitUsings adds to every project.</summary>
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>
    /// CS8795: a [GeneratedRegex] partial method has no body, since source generators do not run here.
    /// It does not change what any name binds to; every other error fails the check.
    /// </summary>
    public static readonly IReadOnlySet<string> GeneratedCodeMissing = new HashSet<string> { "CS8795" };

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    private static readonly Lazy<IReadOnlyList<CSharpCompilation>> Product = new(Build);

    public static IReadOnlyList<CSharpCompilation> OfProduct => Product.Value;

    /// <summary>The compilation of the project whose folder holds <paramref name="path"/>, with that file added, and the file's tree.</summary>
    public static (CSharpCompilation Compilation, SyntaxTree Tree) WithFile(string path, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, Parse, path);
        var project = OfProduct.Single(c => path.StartsWith(FolderOf(c) + "/", StringComparison.Ordinal));
        return (project.AddSyntaxTrees(tree), tree);
    }

    /// <summary>True for the file each compilation adds itself (implicit usings, friends), which belongs to no part.</summary>
    public static bool IsSynthetic(SyntaxTree tree) => tree.FilePath.EndsWith(SyntheticFile, StringComparison.Ordinal);

    private const string SyntheticFile = "/obj/ImplicitUsings.cs";

    private static string FolderOf(Compilation compilation) =>
        compilation.SyntaxTrees.Single(IsSynthetic).FilePath[..^SyntheticFile.Length];

    private static IReadOnlyList<CSharpCompilation> Build()
    {
        var references = LibraryReferences();
        var built = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
        foreach (var project in InBuildOrder(SourceProject.All()))
        {
            var trees = project.SourceFiles()
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(RepoPaths.Full(p)), Parse, p))
                .Append(CSharpSyntaxTree.ParseText(ImplicitUsings + Friends(project), Parse, project.Folder + SyntheticFile));
            built[project.Folder] = CSharpCompilation.Create(
                project.AssemblyName,
                trees,
                references.Concat(project.ProjectReferences.Select(r => (MetadataReference)built[r].ToMetadataReference())),
                new CSharpCompilationOptions(
                    project.IsExe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable));
        }
        return [.. built.Values];
    }

    private static string Friends(SourceProject project) =>
        string.Concat(project.InternalsVisibleTo.Select(f => $" [assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{f}\")]"));

    private static IEnumerable<SourceProject> InBuildOrder(IReadOnlyList<SourceProject> projects)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var left = projects.ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(p => p.ProjectReferences.All(done.Contains))
                ?? throw new InvalidOperationException("project references form a cycle: " + string.Join(", ", left.Select(p => p.Folder)));
            left.Remove(next);
            done.Add(next.Folder);
            yield return next;
        }
    }

    /// <summary>The runtime's assemblies and the package assemblies copied beside the tests (not GeoSim's own, compiled here from source).</summary>
    private static ImmutableArray<MetadataReference> LibraryReferences()
    {
        var runtime = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. runtime.Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(p => Path.GetFileName(p).ToLowerInvariant())
            .Where(p => !IsGeoSim(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static bool IsGeoSim(string fileName) =>
        fileName.StartsWith("GeoSim.", StringComparison.OrdinalIgnoreCase) || fileName.Equals("geosim.dll", StringComparison.OrdinalIgnoreCase);
}
