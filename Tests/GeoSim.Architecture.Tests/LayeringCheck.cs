using Microsoft.CodeAnalysis;

namespace GeoSim.Architecture.Tests;

/// <summary>Every cross-part dependency of the compiled sources, judged against the rule file.</summary>
internal sealed class LayeringCheck
{
    private LayeringCheck(ArchitectureRules rules, IReadOnlyList<Dependency> dependencies)
    {
        Rules = rules;
        Dependencies = dependencies;
        var outside = dependencies.Where(d => !rules.Allows(d.Arrow)).ToArray();
        Tolerated = outside.Where(d => KnownFor(d) is not null).ToArray();
        Violations = outside.Where(d => KnownFor(d) is null).ToArray();
        StaleKnown = rules.Known.Where(k => !Tolerated.Any(d => KnownFor(d) == k)).ToArray();
    }

    public ArchitectureRules Rules { get; }

    /// <summary>Every use of another part's type, allowed or not.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>Dependencies outside the arrows and not on the known list: these fail the build.</summary>
    public IReadOnlyList<Dependency> Violations { get; }

    /// <summary>Dependencies outside the arrows that the known list tolerates for now.</summary>
    public IReadOnlyList<Dependency> Tolerated { get; }

    /// <summary>Known-list entries that no longer match anything: the list must shrink with the code.</summary>
    public IReadOnlyList<KnownViolation> StaleKnown { get; }

    /// <summary>Checks every source file of the product.</summary>
    public static LayeringCheck Run(ArchitectureRules rules) =>
        Run(rules, SourceCompilations.OfProduct.SelectMany(c => c.SyntaxTrees.Where(t => !SourceCompilations.IsSynthetic(t)).Select(t => c.GetSemanticModel(t))));

    /// <summary>Checks the given files only (a self-test's planted file).</summary>
    public static LayeringCheck Run(ArchitectureRules rules, IEnumerable<SemanticModel> files)
    {
        var walker = new DependencyWalker(rules, NamespacesFor(rules));
        var found = files
            .AsParallel()
            .SelectMany(walker.Walk)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Target, StringComparer.Ordinal).ThenBy(d => d.Kind)
            .ToArray();
        return new LayeringCheck(rules, found);
    }

    /// <summary>"file:line: From -> To (Type): forbidden because reason", one line per file, line and type.</summary>
    public IReadOnlyList<string> Describe(IEnumerable<Dependency> dependencies) =>
        dependencies.Select(d => $"{d}: forbidden because {Rules.WhyNot(d.Arrow)}").Distinct().ToArray();

    private static readonly Lazy<(IReadOnlyList<Part> Parts, NamespaceParts Map)> ProductNamespaces = new(() =>
    {
        var rules = ArchitectureRules.Load();
        return (rules.Parts, new NamespaceParts(rules, SourceCompilations.OfProduct));
    });

    /// <summary>The namespace map of the rule file's parts is built once; rules with other parts get their own.</summary>
    private static NamespaceParts NamespacesFor(ArchitectureRules rules) =>
        rules.Parts.SequenceEqual(ProductNamespaces.Value.Parts)
            ? ProductNamespaces.Value.Map
            : new NamespaceParts(rules, SourceCompilations.OfProduct);

    private KnownViolation? KnownFor(Dependency d) =>
        Rules.Known.FirstOrDefault(k => k.Arrow == d.Arrow && k.File == d.File);
}
