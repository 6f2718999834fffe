using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The one place where a region name becomes a <see cref="RegionId"/>: region i of <c>regions:</c>
/// is <c>RegionId(i)</c>, as the simulator numbers them. A name is resolved where it is written, so
/// an unknown one is reported there with its position; the records hold ids and messages get the
/// name back from here.
/// </summary>
internal sealed class RegionIndex
{
    private readonly ValueReader _values;
    private readonly List<string> _names;
    private readonly Dictionary<string, RegionId> _ids = new(StringComparer.Ordinal);

    public RegionIndex(ValueReader values, IReadOnlyList<RegionSpec> regions)
    {
        _values = values;
        Regions = regions;
        Declared = [.. regions.Select(r => r.Name)];
        _names = [.. Declared];
        for (var i = 0; i < _names.Count; i++)
        {
            _ids.Add(_names[i], new RegionId(i));
        }
        All = [.. Enumerable.Range(0, Declared.Count).Select(i => new RegionId(i))];
    }

    /// <summary>The valid regions of <c>regions:</c>, in order.</summary>
    public IReadOnlyList<RegionSpec> Regions { get; }

    /// <summary>Their names, in order (what a misspelt name is compared with).</summary>
    public IReadOnlyList<string> Declared { get; }

    /// <summary>Every region, in order.</summary>
    public IReadOnlyList<RegionId> All { get; }

    /// <summary>The region named at <paramref name="node"/>, or null (reported) when it is not one.</summary>
    public RegionId? Read(Node node, string key) => _values.Region(node, key, Declared) is { } name ? Id(name) : null;

    /// <summary>The id of a name that is a region, or that cannot be checked because no region is valid.</summary>
    public RegionId Id(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }
        if (Declared.Count > 0)
        {
            throw new InvalidOperationException($"'{name}' is not a region of this scenario; names are checked before they are resolved");
        }
        // With no valid regions (already reported) names are not checked, so the rest of the file
        // still is: each new name gets an id of its own, and equal names the same one.
        id = new RegionId(_names.Count);
        _names.Add(name);
        _ids.Add(name, id);
        return id;
    }

    public string Name(RegionId region) => _names[region.Index];
}
