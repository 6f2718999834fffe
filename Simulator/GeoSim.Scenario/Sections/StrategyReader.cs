using GeoSim.Core.Replication;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>strategy:</c> (one block) or <c>strategies:</c> (a list of labelled blocks). The block's
/// <c>type:</c> picks its definition in the <see cref="StrategyCatalog"/>, which reads the rest.
/// </summary>
internal sealed class StrategyReader(Diagnostics diagnostics, ValueReader values)
{
    /// <param name="scenario">The top-level mapping, holding <c>strategy</c> or <c>strategies</c>.</param>
    /// <param name="clientRegions">The regions that have clients (a witness may not).</param>
    public IReadOnlyList<StrategySpec> Read(MappingReader scenario, IReadOnlyList<RegionSpec> regionSpecs, IReadOnlyCollection<string> clientRegions)
    {
        var regions = regionSpecs.Select((r, i) => new ScenarioRegion(new RegionId(i), r.Name, r.Nodes, clientRegions.Contains(r.Name))).ToList();
        var single = scenario.Get("strategy");
        var several = scenario.Get("strategies");
        if (single is not null && several is not null)
        {
            diagnostics.Add(several.Start, "give either 'strategy' (one) or 'strategies' (a labelled list), not both");
            return [];
        }
        if (single is not null)
        {
            return ReadBlock(single, "strategy", labelRequired: false, regions) is { } strategy ? [strategy] : [];
        }
        if (several is not null)
        {
            return ReadList(several, regions);
        }
        diagnostics.Add(scenario.Start, "missing required key 'strategy' (or 'strategies' for several) in the scenario");
        return [];
    }

    private List<StrategySpec> ReadList(Node node, IReadOnlyList<ScenarioRegion> regions)
    {
        var strategies = new List<StrategySpec>();
        var labelLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in values.Sequence(node, "strategies")?.Items ?? [])
        {
            if (ReadBlock(item, "each strategy", labelRequired: true, regions) is not { } strategy)
            {
                continue;
            }
            if (!labelLines.TryAdd(strategy.Label, item.Start.Line))
            {
                diagnostics.Add(item.Start, $"duplicate label '{strategy.Label}'; it is already used at line {labelLines[strategy.Label]}");
                continue;
            }
            strategies.Add(strategy);
        }
        return strategies;
    }

    private StrategySpec? ReadBlock(Node node, string key, bool labelRequired, IReadOnlyList<ScenarioRegion> regions)
    {
        if (values.Mapping(node, key) is not { } mapping)
        {
            return null;
        }
        // The type decides which keys are valid, so it is checked before the rest of the block;
        // a block without one is read as the first strategy, to find its other errors.
        var typeNode = mapping.Entries.FirstOrDefault(e => e.Key.Value == "type")?.Value;
        var definition = typeNode is null ? StrategyCatalog.All[0] : Definition(typeNode);
        if (definition is null)
        {
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, "this strategy", ["type", "label", .. WireReader.Keys, .. StrategyOptions.Names(definition.Keys)]);
        reader.Require("type");
        var label = labelRequired
            ? reader.Require("label") is { } l ? values.Text(l, "label") : null
            : reader.Get("label") is { } optional ? values.Text(optional, "label") : definition.Type;
        var spec = definition.Read(new StrategyOptions(reader, definition.Keys, diagnostics, values, regions), label ?? "");
        var wire = new WireReader(diagnostics, values).Read(reader);
        return label is null || spec is null ? null : spec with { Wire = wire };
    }

    private StrategyDefinition? Definition(Node node)
    {
        if (values.Scalar(node, "type") is not { } type)
        {
            return null;
        }
        if (StrategyCatalog.Find(type.Value) is { } definition)
        {
            return definition;
        }
        values.Report(type, $"unknown strategy type '{type.Value}'{Suggestions.Hint(type.Value, StrategyCatalog.All.Select(d => d.Type).ToList())}");
        return null;
    }
}
