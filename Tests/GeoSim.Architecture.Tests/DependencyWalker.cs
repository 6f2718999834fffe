using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeoSim.Architecture.Tests;

/// <summary>
/// Finds, in one file, every name that binds to a GeoSim type (or a member of one) declared in another
/// part. Binding is Roslyn's, so a name found through the file's own namespace family counts as much
/// as one found through a using; comments, strings and XML docs hold no names and never count.
/// </summary>
internal sealed class DependencyWalker(ArchitectureRules rules, NamespaceParts namespaces)
{
    public IEnumerable<Dependency> Walk(SemanticModel model)
    {
        var tree = model.SyntaxTree;
        var file = tree.FilePath;
        var own = rules.PartsOf(file);
        if (own.Count != 1)
        {
            return [];
        }
        var from = own[0];
        var root = tree.GetCompilationUnitRoot();
        var imported = root.DescendantNodes().OfType<UsingDirectiveSyntax>()
            .Select(u => model.GetSymbolInfo(u.NamespaceOrType).Symbol).OfType<INamespaceSymbol>()
            .Select(n => n.ToDisplayString()).ToHashSet(StringComparer.Ordinal);
        return Found(model, root, imported)
            .Where(f => f.Part != from)
            .Select(f => new Dependency(file, f.Node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, new Arrow(from, f.Part), f.Target, f.Kind))
            .Distinct();
    }

    private IEnumerable<(SyntaxNode Node, string Part, string Target, ReferenceKind Kind)> Found(
        SemanticModel model, CompilationUnitSyntax root, HashSet<string> imported)
    {
        foreach (var node in root.DescendantNodes(n => n is not UsingDirectiveSyntax))
        {
            switch (node)
            {
                case UsingDirectiveSyntax u when UsingTarget(model, u) is { } used:
                    yield return (u, used.Part, "using " + used.Name, ReferenceKind.Using);
                    break;
                case SimpleNameSyntax name when !IsDeclaredName(name)
                    && Bound(model.GetSymbolInfo(name)) is { } symbol && TypeOf(symbol) is { } type && PartOf(type) is { } part:
                    var namesType = symbol is ITypeSymbol or IAliasSymbol or IMethodSymbol { MethodKind: MethodKind.Constructor };
                    yield return (name, part, namesType ? type.Name : $"{type.Name}.{symbol.Name}",
                        namesType && !name.IsVar ? KindOf(model, name, type, imported) : ReferenceKind.Member);
                    break;
                case ImplicitObjectCreationExpressionSyntax created
                    when Bound(model.GetSymbolInfo(created)) is { } constructor && TypeOf(constructor) is { } made && PartOf(made) is { } madePart:
                    yield return (created, madePart, made.Name, ReferenceKind.Member);
                    break;
            }
        }
    }

    private (string Part, string Name)? UsingTarget(SemanticModel model, UsingDirectiveSyntax u) =>
        model.GetSymbolInfo(u.NamespaceOrType).Symbol switch
        {
            INamespaceSymbol ns when namespaces.PartOf(ns.ToDisplayString()) is { } part => (part, ns.ToDisplayString()),
            INamedTypeSymbol type when PartOf(type) is { } part => (part, type.ToDisplayString()),
            _ => null,
        };

    /// <summary>The namespace's own name (<c>namespace GeoSim.Core.Engine;</c>) is a declaration, not a use.</summary>
    private static bool IsDeclaredName(SimpleNameSyntax name) =>
        name.Ancestors().TakeWhile(a => a is NameSyntax or BaseNamespaceDeclarationSyntax).Any(a => a is BaseNamespaceDeclarationSyntax);

    /// <summary>How a written type name was reached: with a namespace, through a using, or through the file's own namespaces.</summary>
    private static ReferenceKind KindOf(SemanticModel model, SimpleNameSyntax name, INamedTypeSymbol type, HashSet<string> imported)
    {
        var qualifier = name.Parent switch
        {
            QualifiedNameSyntax q when q.Right == name => q.Left,
            MemberAccessExpressionSyntax m when m.Name == name => m.Expression,
            _ => null,
        };
        if (qualifier is not null)
        {
            return model.GetSymbolInfo(qualifier).Symbol is INamespaceSymbol ? ReferenceKind.Qualified : ReferenceKind.Member;
        }
        return imported.Contains(type.ContainingNamespace.ToDisplayString()) ? ReferenceKind.Name : ReferenceKind.NamespaceFamily;
    }

    private static ISymbol? Bound(SymbolInfo info) => info.Symbol ?? info.CandidateSymbols.FirstOrDefault();

    /// <summary>The top-level type a bound name leads to: the type itself, or the type declaring the member.</summary>
    private static INamedTypeSymbol? TypeOf(ISymbol symbol)
    {
        var type = symbol switch
        {
            IAliasSymbol alias => alias.Target as INamedTypeSymbol,
            IArrayTypeSymbol array => array.ElementType as INamedTypeSymbol,
            INamedTypeSymbol named => named,
            IMethodSymbol method => (method.ReducedFrom ?? method).ContainingType,
            IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
            _ => null,
        };
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }
        return type?.OriginalDefinition;
    }

    private string? PartOf(INamedTypeSymbol type)
    {
        var parts = type.DeclaringSyntaxReferences.SelectMany(r => rules.PartsOf(r.SyntaxTree.FilePath)).Distinct().ToArray();
        return parts.Length == 1 ? parts[0] : null;
    }
}
