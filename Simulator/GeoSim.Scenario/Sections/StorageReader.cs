using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>storage: { key-age: DISTRIBUTION, tiers: { hot: { age: 30d }, warm: { age: 365d, regions: 3 }, cold: { regions: [a], read-latency: 200ms } } }</c>.
/// A key is in the first tier whose <c>age</c> is above its age; the last tier takes every older
/// key and has no <c>age</c>. Hot keys are where the strategy keeps them; warm and cold are kept in
/// their <c>regions</c> (<c>all</c>, the first N regions with nodes, or a list).
/// </summary>
internal sealed class StorageReader(Diagnostics diagnostics, ValueReader values)
{
    internal static readonly string[] Keys = ["key-age", "tiers"];
    internal static readonly string[] TierNames = ["hot", "warm", "cold"];
    internal static readonly string[] TierKeys = ["age", "regions", "read-latency"];

    public StorageSpec? Read(Node node, RegionIndex regions)
    {
        if (values.Mapping(node, "storage") is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "storage", Keys);
        var keyAge = reader.Require("key-age") is { } a ? values.AgeDistribution(a, "key-age") : null;
        var tiers = reader.Require("tiers") is { } t ? Tiers(t, regions) : null;
        return keyAge is null || tiers is null ? null : new StorageSpec(keyAge, tiers);
    }

    private List<TierSpec>? Tiers(Node node, RegionIndex regions)
    {
        if (values.Mapping(node, "tiers") is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "tiers", TierNames);
        if (reader.Require("hot") is null)
        {
            return null;
        }
        var present = TierNames.Select((name, i) => (Tier: (StorageTier)i, Node: reader.Get(name))).Where(t => t.Node is not null).ToArray();
        var tiers = new List<TierSpec>();
        var ok = true;
        for (var i = 0; i < present.Length; i++)
        {
            var tier = ReadTier(present[i].Tier, present[i].Node!, last: i == present.Length - 1, tiers.LastOrDefault(), regions);
            ok &= tier is not null;
            if (tier is not null)
            {
                tiers.Add(tier);
            }
        }
        return ok ? tiers : null;
    }

    private TierSpec? ReadTier(StorageTier tier, Node node, bool last, TierSpec? younger, RegionIndex regions)
    {
        var name = TierNames[(int)tier];
        if (values.Mapping(node, name) is not { } mapping)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, name, TierKeys);
        var ageOk = TryAge(reader, name, last, younger, out var age);
        var hot = tier == StorageTier.Hot;
        var tierRegions = hot ? HotRegions(reader) : reader.Require("regions") is { } r ? new DataRegions(diagnostics, values).ReadChoice(r, "regions", regions) : null;
        Distribution? latency = new ConstantDistribution(0);
        if (reader.Get("read-latency") is { } l)
        {
            if (hot)
            {
                diagnostics.Add(l.Start, "hot reads are the strategy's own: read-latency applies to warm and cold");
                return null;
            }
            latency = values.Distribution(l, "read-latency");
        }
        if (!ageOk || latency is null || (!hot && tierRegions is null))
        {
            return null;
        }
        return new TierSpec(tier, age, tierRegions, latency);
    }

    /// <summary>The tier's upper age (null for the last tier); false when it is wrong (reported).</summary>
    private bool TryAge(MappingReader reader, string name, bool last, TierSpec? younger, out SimDuration? age)
    {
        age = null;
        var node = reader.Get("age");
        if (last)
        {
            if (node is not null)
            {
                diagnostics.Add(node.Start, $"{name} is the last tier: it holds every older key and takes no age");
                return false;
            }
            return true;
        }
        if ((node ?? reader.Require("age")) is not { } ageNode || values.PositiveDuration(ageNode, "age") is not { } read)
        {
            return false;
        }
        if (younger?.MaxAge is { } before && read <= before)
        {
            values.Report((ScalarNode)ageNode, $"{name} age ({DurationParser.Format(read)}) must be greater than {TierNames[(int)younger.Tier]}'s ({DurationParser.Format(before)})");
            return false;
        }
        age = read;
        return true;
    }

    /// <summary>Hot keys are the strategy's: their regions are where it keeps data, so only <c>all</c> is accepted.</summary>
    private IReadOnlyList<RegionId>? HotRegions(MappingReader reader)
    {
        if (reader.Get("regions") is { } r && r is not ScalarNode { Value: RegionsReader.AllRegions })
        {
            diagnostics.Add(r is ScalarNode s ? s.ValueStart : r.Start, "hot keys are where the strategy keeps its data: regions must be all (or left out)");
        }
        return null;
    }
}
