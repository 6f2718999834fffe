using System.Text.RegularExpressions;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>The <c>regions:</c> list.</summary>
internal sealed partial class RegionsReader(Diagnostics diagnostics, ValueReader values)
{
    public const int MaxNodes = 64;

    /// <summary>Clients use <c>region: all</c> for every region, so no region may be called that.</summary>
    public const string AllRegions = "all";

    internal static readonly string[] Keys = ["name", "nodes", "jurisdiction"];

    // Region names end up in metric scopes such as `us-east-1->eu-west-1`.
    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex NamePattern();

    public IReadOnlyList<RegionSpec> Read(Node node)
    {
        var regions = new List<RegionSpec>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in values.Sequence(node, "regions")?.Items ?? [])
        {
            if (values.Mapping(item, "each region") is not { } mapping)
            {
                continue;
            }
            var reader = new MappingReader(mapping, diagnostics, "this region", Keys);
            var nodes = reader.Get("nodes") is { } n ? values.Integer(n, "nodes", 0, MaxNodes) : 1;
            var jurisdiction = reader.Get("jurisdiction") is { } j ? values.Text(j, "jurisdiction") : null;
            if (reader.Require("name") is not { } nameNode || values.Scalar(nameNode, "name") is not { } name || !IsValidName(name))
            {
                continue;
            }
            if (!firstLine.TryAdd(name.Value, name.Start.Line))
            {
                values.Report(name, $"duplicate region '{name.Value}'; it is already defined at line {firstLine[name.Value]}");
                continue;
            }
            regions.Add(new RegionSpec(name.Value, (int)(nodes ?? 1), jurisdiction, ClockSpec.Perfect));
        }
        return regions;
    }

    private bool IsValidName(ScalarNode name)
    {
        if (!NamePattern().IsMatch(name.Value))
        {
            values.Report(name, $"a region name may hold only letters, digits and '-', found '{name.Value}'");
            return false;
        }
        if (name.Value == AllRegions)
        {
            values.Report(name, $"'{AllRegions}' is reserved (clients use `region: all` for every region); choose another name");
            return false;
        }
        return true;
    }
}
