using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The relay tree of a <c>type: cascade</c> block: <c>chain: [a, b, c]</c> or
/// <c>tree: { a: [b], b: [c, d] }</c>. Every region with nodes must be in it exactly once, with
/// one head and no cycle.
/// </summary>
internal sealed class CascadeReader(Diagnostics diagnostics, ValueReader values)
{
    public static readonly string[] Keys = ["type", "label", "chain", "tree", "reparent-after"];

    public CascadeSpec? Read(MappingReader block, string? label, IReadOnlyList<RegionSpec> regions)
    {
        var chain = block.Get("chain");
        var tree = block.Get("tree");
        if ((chain is null) == (tree is null))
        {
            diagnostics.Add(tree?.Start ?? block.Start, "a cascade needs exactly one of 'chain' (a list of regions) or 'tree' (parent: [children])");
            return null;
        }
        var names = regions.Select(r => r.Name).ToList();
        var links = chain is not null ? Chain(chain, names) : Tree(tree!, names);
        if (links is null || label is null || !Valid(links, regions, (chain ?? tree)!))
        {
            return null;
        }
        var reparentAfter = block.Get("reparent-after") is { } r ? values.PositiveDuration(r, "reparent-after") : null;
        return new CascadeSpec(label, links, reparentAfter);
    }

    private List<CascadeLink>? Chain(Node node, IReadOnlyList<string> regions)
    {
        var items = values.Sequence(node, "chain")?.Items;
        if (items is null)
        {
            return null;
        }
        if (items.Count < 2)
        {
            diagnostics.Add(node.Start, "a chain needs at least two regions");
            return null;
        }
        var names = items.Select(i => values.Region(i, "chain", regions)).ToList();
        if (names.Any(n => n is null))
        {
            return null;
        }
        return names.Zip(names.Skip(1), (parent, child) => new CascadeLink(parent!, child!)).ToList();
    }

    private List<CascadeLink>? Tree(Node node, IReadOnlyList<string> regions)
    {
        if (values.Mapping(node, "tree") is not { } mapping)
        {
            return null;
        }
        var links = new List<CascadeLink>();
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var parent = values.Region(entry.Key, "tree", regions);
            var children = values.Sequence(entry.Value, entry.Key.Value)?.Items ?? [];
            foreach (var item in children)
            {
                var child = values.Region(item, entry.Key.Value, regions);
                ok &= parent is not null && child is not null;
                if (parent is not null && child is not null)
                {
                    links.Add(new CascadeLink(parent, child));
                }
            }
        }
        return ok && links.Count > 0 ? links : null;
    }

    private bool Valid(List<CascadeLink> links, IReadOnlyList<RegionSpec> regions, Node at)
    {
        var problems = new List<string>();
        var twice = links.GroupBy(l => l.Child).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            problems.Add($"region '{twice.Key}' appears twice as a child: each region has one parent");
        }
        var inTree = links.SelectMany(l => new[] { l.Parent, l.Child }).ToHashSet(StringComparer.Ordinal);
        var roots = inTree.Where(r => links.All(l => l.Child != r)).Order(StringComparer.Ordinal).ToList();
        if (roots.Count != 1)
        {
            problems.Add(roots.Count == 0
                ? "the cascade has a cycle: no region is the head"
                : $"the cascade has {roots.Count} heads ({string.Join(", ", roots)}); it needs exactly one");
        }
        else if (Reachable(roots[0], links).Count != inTree.Count)
        {
            problems.Add("the cascade has a cycle: some regions cannot be reached from the head");
        }
        problems.AddRange(regions.Where(r => r.Nodes > 0 && !inTree.Contains(r.Name))
            .Select(r => $"region '{r.Name}' has nodes but is not in the cascade"));
        problems.AddRange(regions.Where(r => r.Nodes == 0 && inTree.Contains(r.Name))
            .Select(r => $"region '{r.Name}' has no nodes (nodes: 0) and cannot relay"));
        foreach (var problem in problems)
        {
            diagnostics.Add(at.Start, problem);
        }
        return problems.Count == 0;
    }

    private static HashSet<string> Reachable(string head, List<CascadeLink> links)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { head };
        var frontier = new Queue<string>([head]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var link in links.Where(l => l.Parent == parent && seen.Add(l.Child)))
            {
                frontier.Enqueue(link.Child);
            }
        }
        return seen;
    }
}
