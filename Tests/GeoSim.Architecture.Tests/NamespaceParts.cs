using Microsoft.CodeAnalysis;

namespace GeoSim.Architecture.Tests;

/// <summary>
/// The part a namespace belongs to, for a using directive: the one part that declares all its types.
/// A namespace shared by several parts maps to none (its types are still checked one by one).
/// </summary>
internal sealed class NamespaceParts
{
    private readonly Dictionary<string, string?> _part = new(StringComparer.Ordinal);

    public NamespaceParts(ArchitectureRules rules, IEnumerable<Compilation> compilations)
    {
        foreach (var tree in compilations.SelectMany(c => c.SyntaxTrees.Select(t => (c, t))))
        {
            var model = tree.c.GetSemanticModel(tree.t);
            var parts = rules.PartsOf(tree.t.FilePath);
            if (parts.Count != 1)
            {
                continue;
            }
            foreach (var declared in tree.t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            {
                var ns = model.GetDeclaredSymbol(declared)!.ContainingNamespace.ToDisplayString();
                _part[ns] = _part.TryGetValue(ns, out var seen) && seen != parts[0] ? null : parts[0];
            }
        }
    }

    public string? PartOf(string ns) => _part.GetValueOrDefault(ns);
}
