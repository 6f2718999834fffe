using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// The <c>clocks:</c> section: a default clock block and per-region blocks that override it field
/// by field. Without the section every region keeps <see cref="ClockSpec.Perfect"/>.
/// </summary>
internal sealed class ClocksReader(Diagnostics diagnostics, ValueReader values)
{
    internal static readonly string[] Keys = ["default", "regions"];
    internal static readonly string[] BlockKeys = ["offset", "drift", "sync-every", "sync-error"];

    /// <returns>The regions, each with its resolved clock.</returns>
    public IReadOnlyList<RegionSpec> Apply(Node node, IReadOnlyList<RegionSpec> regions)
    {
        if (values.Mapping(node, "clocks") is not { } mapping)
        {
            return regions;
        }
        var reader = new MappingReader(mapping, diagnostics, "clocks", Keys);
        var defaults = reader.Get("default") is { } d ? ReadBlock(d, "default") : ClockBlock.None;
        CheckSync(defaults, defaults);
        var overrides = reader.Get("regions") is { } r ? ReadOverrides(r, defaults, [.. regions.Select(x => x.Name)]) : [];
        return [.. regions.Select(region => region with { Clock = overrides.GetValueOrDefault(region.Name, defaults).ToSpec() })];
    }

    private Dictionary<string, ClockBlock> ReadOverrides(Node node, ClockBlock defaults, IReadOnlyList<string> regions)
    {
        var overrides = new Dictionary<string, ClockBlock>(StringComparer.Ordinal);
        if (values.Mapping(node, "regions") is not { } mapping)
        {
            return overrides;
        }
        foreach (var entry in mapping.Entries)
        {
            var block = ReadBlock(entry.Value, entry.Key.Value);
            if (values.Region(entry.Key, "regions", regions) is not { } region)
            {
                continue;
            }
            var merged = block.Over(defaults);
            CheckSync(block, merged);
            overrides.Add(region, merged);
        }
        return overrides;
    }

    private ClockBlock ReadBlock(Node node, string key)
    {
        if (values.Mapping(node, key) is not { } mapping)
        {
            return ClockBlock.None;
        }
        var reader = new MappingReader(mapping, diagnostics, $"the clock block '{key}'", BlockKeys);
        var syncEvery = reader.Get("sync-every");
        var syncError = reader.Get("sync-error");
        return new ClockBlock(
            reader.Get("offset") is { } o ? values.SignedDistribution(o, "offset") : null,
            reader.Get("drift") is { } d ? values.Drift(d, "drift") : null,
            syncEvery is null ? null : values.PositiveDuration(syncEvery, "sync-every"),
            syncError is null ? null : values.Duration(syncError, "sync-error"),
            syncEvery,
            syncError);
    }

    /// <summary>A resync error only means something for a clock that resyncs.</summary>
    /// <param name="block">The block as written, which decides where the error is reported.</param>
    /// <param name="merged">The block with the defaults filled in.</param>
    private void CheckSync(ClockBlock block, ClockBlock merged)
    {
        if (block.SyncErrorNode is { } syncError && merged.SyncEveryNode is null)
        {
            diagnostics.Add(syncError is ScalarNode s ? s.ValueStart : syncError.Start,
                "sync-error needs sync-every: a clock that never resyncs has no resync error");
        }
    }
}
