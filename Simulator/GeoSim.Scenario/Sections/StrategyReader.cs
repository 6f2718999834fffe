using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary><c>strategy:</c> (one block) or <c>strategies:</c> (a list of labelled blocks).</summary>
internal sealed class StrategyReader(Diagnostics diagnostics, ValueReader values)
{
    private const string PrimaryReplica = "primary-replica";
    private const string MultiMaster = "multi-master";
    private const string Cascade = "cascade";
    private static readonly string[] Types = [PrimaryReplica, MultiMaster, Cascade];

    private static readonly string[] PrimaryReplicaKeys =
        ["type", "label", "primary", "replication", "acks", "semi-sync-timeout", "sync-replicas", "read-from", "failover"];

    /// <param name="scenario">The top-level mapping, holding <c>strategy</c> or <c>strategies</c>.</param>
    public IReadOnlyList<StrategySpec> Read(MappingReader scenario, IReadOnlyList<RegionSpec> regionSpecs, IReadOnlyCollection<string> clientRegions)
    {
        var single = scenario.Get("strategy");
        var several = scenario.Get("strategies");
        if (single is not null && several is not null)
        {
            diagnostics.Add(several.Start, "give either 'strategy' (one) or 'strategies' (a labelled list), not both");
            return [];
        }
        if (single is not null)
        {
            return ReadBlock(single, "strategy", labelRequired: false, regionSpecs, clientRegions) is { } strategy ? [strategy] : [];
        }
        if (several is not null)
        {
            return ReadList(several, regionSpecs, clientRegions);
        }
        diagnostics.Add(scenario.Start, "missing required key 'strategy' (or 'strategies' for several) in the scenario");
        return [];
    }

    private List<StrategySpec> ReadList(Node node, IReadOnlyList<RegionSpec> regionSpecs, IReadOnlyCollection<string> clientRegions)
    {
        var strategies = new List<StrategySpec>();
        var labelLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in values.Sequence(node, "strategies")?.Items ?? [])
        {
            if (ReadBlock(item, "each strategy", labelRequired: true, regionSpecs, clientRegions) is not { } strategy)
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

    private StrategySpec? ReadBlock(Node node, string key, bool labelRequired, IReadOnlyList<RegionSpec> regionSpecs, IReadOnlyCollection<string> clientRegions)
    {
        if (values.Mapping(node, key) is not { } mapping)
        {
            return null;
        }
        // The type decides which keys are valid, so it is checked before the rest of the block.
        if (mapping.Entries.FirstOrDefault(e => e.Key.Value == "type")?.Value is { } typeNode && !IsKnownType(typeNode))
        {
            return null;
        }
        var type = (mapping.Entries.FirstOrDefault(e => e.Key.Value == "type")?.Value as ScalarNode)?.Value ?? PrimaryReplica;
        var (keys, notSupportedYet) = type switch
        {
            Cascade => (CascadeReader.Keys, Array.Empty<string>()),
            MultiMaster => (MultiMasterReader.Keys, []),
            _ => (PrimaryReplicaKeys, Array.Empty<string>()),
        };
        var reader = new MappingReader(mapping, diagnostics, "this strategy", keys, notSupportedYet);
        reader.Require("type");
        var label = labelRequired
            ? reader.Require("label") is { } l ? values.Text(l, "label") : null
            : reader.Get("label") is { } optional ? values.Text(optional, "label") : type;
        return type switch
        {
            Cascade => new CascadeReader(diagnostics, values).Read(reader, label, regionSpecs),
            MultiMaster => new MultiMasterReader(diagnostics, values).Read(reader, label, regionSpecs.Select(r => r.Name).ToList()),
            _ => ReadPrimaryReplica(reader, label, regionSpecs, clientRegions),
        };
    }

    private PrimaryReplicaSpec? ReadPrimaryReplica(MappingReader reader, string? label, IReadOnlyList<RegionSpec> regionSpecs, IReadOnlyCollection<string> clientRegions)
    {
        var regions = regionSpecs.Select(r => r.Name).ToList();
        var primaryNode = reader.Require("primary");
        var primary = primaryNode is null ? null : values.Region(primaryNode, "primary", regions);
        if (primaryNode is not null && regionSpecs.FirstOrDefault(r => r.Name == primary) is { Nodes: 0 })
        {
            diagnostics.Add(primaryNode.Start, $"the primary region '{primary}' has no nodes (nodes: 0); it needs at least one");
        }
        var replication = new ReplicationReader(diagnostics, values).Read(reader, regionSpecs, primary);
        var (readFrom, maxStaleness) = reader.Get("read-from") is { } f
            ? new ReadFromReader(diagnostics, values).Read(f) ?? (ReadFrom.Primary, SimDuration.Zero)
            : (ReadFrom.Primary, SimDuration.Zero);
        var failover = reader.Get("failover") is { } fo ? new FailoverReader(diagnostics, values).Read(fo, regionSpecs, primary, clientRegions) : null;
        return label is null
            ? null
            : new PrimaryReplicaSpec(label, primary ?? "", replication.Mode, readFrom)
            {
                Acks = replication.Acks,
                SemiSyncTimeout = replication.SemiSyncTimeout,
                SyncRegions = replication.SyncRegions,
                MaxStaleness = maxStaleness,
                Failover = failover,
            };
    }

    private bool IsKnownType(Node node)
    {
        if (values.Scalar(node, "type") is not { } type)
        {
            return false;
        }
        if (Types.Contains(type.Value))
        {
            return true;
        }
        values.Report(type, $"unknown strategy type '{type.Value}'{Suggestions.Hint(type.Value, Types)}");
        return false;
    }
}
