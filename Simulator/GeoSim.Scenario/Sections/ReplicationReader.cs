using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>replication:</c> and the keys that tune it: <c>acks</c> and <c>semi-sync-timeout</c> for
/// semi-sync, <c>sync-replicas</c> for sync. A key that does not apply to the chosen mode is an
/// error, not silently ignored.
/// </summary>
internal sealed class ReplicationReader(Diagnostics diagnostics, ValueReader values)
{
    private static readonly Dictionary<string, ReplicationMode> Modes = new()
    {
        ["async"] = ReplicationMode.Async,
        ["semi-sync"] = ReplicationMode.SemiSync,
        ["sync"] = ReplicationMode.Sync,
    };

    public sealed record Settings(ReplicationMode Mode, int Acks, SimDuration SemiSyncTimeout, IReadOnlyList<string> SyncRegions);

    /// <param name="primary">The primary region, if valid: its first node is the primary, its others are replicas.</param>
    public Settings Read(MappingReader block, IReadOnlyList<RegionSpec> regions, string? primary)
    {
        var mode = block.Get("replication") is { } r ? values.Choice(r, "replication", Modes, []) ?? ReplicationMode.Async : ReplicationMode.Async;
        var replicas = regions.Sum(x => x.Nodes) - 1;
        var acks = PrimaryReplicaSpec.DefaultAcks;
        if (OnlyFor(block, "acks", mode, ReplicationMode.SemiSync) is { } acksNode
            && values.Integer(acksNode, "acks", 1, Math.Max(1, replicas)) is { } a)
        {
            acks = (int)a;
        }
        var timeout = PrimaryReplicaSpec.DefaultSemiSyncTimeout;
        if (OnlyFor(block, "semi-sync-timeout", mode, ReplicationMode.SemiSync) is { } t && values.PositiveDuration(t, "semi-sync-timeout") is { } d)
        {
            timeout = d;
        }
        if (mode == ReplicationMode.SemiSync && replicas < 1 && block.Get("replication") is ScalarNode modeNode)
        {
            values.Report(modeNode, "semi-sync needs at least one replica; this deployment has only the primary");
        }
        var syncRegions = OnlyFor(block, "sync-replicas", mode, ReplicationMode.Sync) is { } s ? SyncRegions(s, regions, primary) : [];
        return new Settings(mode, acks, timeout, syncRegions);
    }

    private Node? OnlyFor(MappingReader block, string key, ReplicationMode mode, ReplicationMode expected)
    {
        var node = block.Get(key);
        if (node is not null && mode != expected)
        {
            var name = Modes.First(m => m.Value == expected).Key;
            diagnostics.Add(node is ScalarNode s ? s.ValueStart : node.Start, $"'{key}' applies only to replication: {name}");
            return null;
        }
        return node;
    }

    private IReadOnlyList<string> SyncRegions(Node node, IReadOnlyList<RegionSpec> regions, string? primary)
    {
        if (values.Sequence(node, "sync-replicas") is not { } list)
        {
            return [];
        }
        var names = regions.Select(x => x.Name).ToList();
        var chosen = new List<string>();
        foreach (var item in list.Items)
        {
            if (values.Region(item, "sync-replicas", names) is not { } name)
            {
                continue;
            }
            var scalar = (ScalarNode)item;
            var spec = regions.First(x => x.Name == name);
            if (chosen.Contains(name))
            {
                values.Report(scalar, $"region '{name}' is listed twice in sync-replicas");
            }
            else if (spec.Nodes - (name == primary ? 1 : 0) < 1)
            {
                values.Report(scalar, $"region '{name}' has no replica to wait for" + (name == primary ? " (its only node is the primary)" : " (nodes: 0)"));
            }
            else
            {
                chosen.Add(name);
            }
        }
        return chosen;
    }
}
