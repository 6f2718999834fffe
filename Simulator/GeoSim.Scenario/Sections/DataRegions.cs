using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// Regions that hold data for a storage tier or a query's scan: a list of region names, each with
/// nodes (a region of users only holds nothing) and named once, kept in scenario order. A tier also
/// takes <c>all</c> or a count N: the first N regions with nodes, in scenario order.
/// </summary>
internal sealed class DataRegions(Diagnostics diagnostics, ValueReader values)
{
    public IReadOnlyList<RegionId>? ReadList(Node node, string key, RegionIndex regions)
    {
        if (values.Sequence(node, key) is not { } list)
        {
            return null;
        }
        var read = new List<RegionId>();
        foreach (var item in list.Items)
        {
            if (regions.Read(item, key) is not { } region)
            {
                return null;
            }
            if (read.Contains(region))
            {
                values.Report((ScalarNode)item, $"{key} names {regions.Name(region)} twice");
                return null;
            }
            if (region.Index < regions.Regions.Count && regions.Regions[region.Index].Nodes == 0)
            {
                values.Report((ScalarNode)item, $"{regions.Name(region)} has no nodes (users only): it cannot hold data");
                return null;
            }
            read.Add(region);
        }
        return [.. read.OrderBy(r => r.Index)];
    }

    /// <summary><c>all</c>, a count, or a list.</summary>
    public IReadOnlyList<RegionId>? ReadChoice(Node node, string key, RegionIndex regions)
    {
        var withNodes = regions.All.Where(r => regions.Regions[r.Index].Nodes > 0).ToArray();
        if (node is not ScalarNode scalar)
        {
            return ReadList(node, key, regions);
        }
        if (scalar.Value == RegionsReader.AllRegions)
        {
            return withNodes;
        }
        if (!long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            diagnostics.Add(scalar.ValueStart, $"{key} expects all, a number of regions or a list of regions, found '{scalar.Value}'");
            return null;
        }
        if (count < 1 || count > withNodes.Length)
        {
            values.Report(scalar, $"{key} must be between 1 and {withNodes.Length} (the regions with nodes), found {count}");
            return null;
        }
        return withNodes[..(int)count];
    }
}
