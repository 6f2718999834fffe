namespace GeoSim.Core.Replication.Quorum;

/// <summary>Reads <c>replicas</c> or <c>per-region</c>, and <c>placement</c>, and checks that the regions have the nodes for them.</summary>
internal static class QuorumPlacementReader
{
    public static Placement? Read(IStrategyOptions options)
    {
        if (options.Has("replicas") && options.Has("per-region"))
        {
            options.Report("per-region", "give either replicas (N over all placement nodes) or per-region (K in each placement region), not both");
            return null;
        }
        var regions = options.Has("placement")
            ? options.RegionList("placement", (region, before) =>
                before.Contains(region) ? "this region is already listed"
                : options.Regions[region.Index].Nodes == 0 ? "this region has no nodes to hold replicas" : null)
            : [.. options.Regions.Where(r => r.Nodes > 0).Select(r => r.Id)];
        if (regions is null)
        {
            return null;
        }
        if (regions.Count == 0)
        {
            options.Report("placement", "no region has nodes to hold replicas");
            return null;
        }
        var nodes = regions.Sum(r => options.Regions[r.Index].Nodes);
        if (options.Has("per-region"))
        {
            var fewest = regions.Min(r => options.Regions[r.Index].Nodes);
            if (options.Count("per-region", 1, QuorumStrategy.MaxReplicas) is not { } perRegion)
            {
                return null;
            }
            if (perRegion > fewest)
            {
                var region = options.Regions[regions.First(r => options.Regions[r.Index].Nodes == fewest).Index];
                options.Report("per-region", $"per-region: {perRegion} needs {perRegion} nodes in every placement region, but {region.Name} has {region.Nodes}");
                return null;
            }
            return new Placement(null, perRegion, regions);
        }
        var replicas = options.Has("replicas") ? options.Count("replicas", 1, QuorumStrategy.MaxReplicas) : 3;
        if (replicas is null)
        {
            return null;
        }
        if (replicas > nodes)
        {
            if (options.Has("replicas"))
            {
                options.Report("replicas", $"replicas: {replicas} needs {replicas} nodes, but the placement regions have {nodes}");
                return null;
            }
            // The default of 3 shrinks to what a small deployment has.
            replicas = nodes;
        }
        return new Placement(replicas, null, regions);
    }
}
