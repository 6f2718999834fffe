using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>The checks of a relay tree as written: one parent per region, one head, no cycle, and every region with nodes in it.</summary>
internal static class CascadeShape
{
    /// <summary>True when the tree is sound; each problem is reported at <paramref name="key"/>.</summary>
    public static bool Check(IReadOnlyList<CascadeLink> links, IStrategyOptions options, string key)
    {
        var regions = options.Regions;
        var problems = new List<string>();
        var twice = links.GroupBy(l => l.Child).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            problems.Add($"region '{regions[twice.Key.Index].Name}' appears twice as a child: each region has one parent");
        }
        var inTree = links.SelectMany(l => new[] { l.Parent, l.Child }).ToHashSet();
        var roots = inTree.Where(r => links.All(l => l.Child != r)).ToList();
        if (roots.Count != 1)
        {
            var names = roots.Select(r => regions[r.Index].Name).Order(StringComparer.Ordinal);
            problems.Add(roots.Count == 0
                ? "the cascade has a cycle: no region is the head"
                : $"the cascade has {roots.Count} heads ({string.Join(", ", names)}); it needs exactly one");
        }
        else if (Reachable(roots[0], links).Count != inTree.Count)
        {
            problems.Add("the cascade has a cycle: some regions cannot be reached from the head");
        }
        problems.AddRange(regions.Where(r => r.Nodes > 0 && !inTree.Contains(r.Id))
            .Select(r => $"region '{r.Name}' has nodes but is not in the cascade"));
        problems.AddRange(regions.Where(r => r.Nodes == 0 && inTree.Contains(r.Id))
            .Select(r => $"region '{r.Name}' has no nodes (nodes: 0) and cannot relay"));
        foreach (var problem in problems)
        {
            options.Report(key, problem);
        }
        return problems.Count == 0;
    }

    private static HashSet<RegionId> Reachable(RegionId head, IReadOnlyList<CascadeLink> links)
    {
        var seen = new HashSet<RegionId> { head };
        var frontier = new Queue<RegionId>([head]);
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
