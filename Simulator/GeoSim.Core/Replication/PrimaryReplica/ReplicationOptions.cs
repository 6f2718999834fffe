using GeoSim.Core.Spec;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// <c>replication:</c> and the keys that tune it: <c>acks</c> and <c>semi-sync-timeout</c> for
/// semi-sync, <c>sync-replicas</c> for sync. A key that does not apply to the chosen mode is an
/// error, not silently ignored.
/// </summary>
internal static class ReplicationOptions
{
    private static readonly Choices<ReplicationMode> Modes = new(
        ("async", ReplicationMode.Async), ("semi-sync", ReplicationMode.SemiSync), ("sync", ReplicationMode.Sync));

    public static readonly IReadOnlyList<StrategyKey> Keys =
    [
        new("replication", KeyKind.Choice, "when the primary acknowledges a write") { Choices = Modes.Names, Default = Modes.NameOf(ReplicationMode.Async) },
        new("acks", KeyKind.Count, "semi-sync: the replica acknowledgements a write waits for") { Default = PrimaryReplicaSpec.DefaultAcks.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        new("semi-sync-timeout", KeyKind.Duration, "semi-sync: how long a write waits before the primary falls back to async") { Default = PrimaryReplicaSpec.DefaultSemiSyncTimeout.ToString() },
        new("sync-replicas", KeyKind.RegionList, "sync: the regions whose replicas a write waits for (default: every replica)"),
    ];

    internal sealed record Settings(ReplicationMode Mode, int Acks, SimDuration SemiSyncTimeout, IReadOnlyList<RegionId> SyncRegions);

    /// <param name="primary">The primary region, if valid: its first node is the primary, its others are replicas.</param>
    /// <param name="witness">The failover witness region, if any: it holds no data to wait for.</param>
    public static Settings Read(IStrategyOptions options, RegionId? primary, RegionId? witness)
    {
        var mode = options.Choice("replication", Modes) ?? ReplicationMode.Async;
        var replicas = options.Regions.Sum(r => r.Nodes) - 1;
        var acks = OnlyFor(options, "acks", mode, ReplicationMode.SemiSync) ? options.Count("acks", 1, Math.Max(1, replicas)) : null;
        var timeout = OnlyFor(options, "semi-sync-timeout", mode, ReplicationMode.SemiSync) ? options.Duration("semi-sync-timeout") : null;
        if (mode == ReplicationMode.SemiSync && replicas < 1)
        {
            options.Report("replication", "semi-sync needs at least one replica; this deployment has only the primary");
        }
        var syncRegions = OnlyFor(options, "sync-replicas", mode, ReplicationMode.Sync)
            ? options.RegionList("sync-replicas", (region, chosen) => SyncProblem(options.Regions[region.Index], chosen, primary, witness))
            : null;
        return new Settings(mode, acks ?? PrimaryReplicaSpec.DefaultAcks, timeout ?? PrimaryReplicaSpec.DefaultSemiSyncTimeout, syncRegions ?? []);
    }

    /// <summary>True when <paramref name="key"/> is set and applies to <paramref name="mode"/>; set for another mode, it is reported.</summary>
    private static bool OnlyFor(IStrategyOptions options, string key, ReplicationMode mode, ReplicationMode expected)
    {
        if (options.Has(key) && mode != expected)
        {
            options.Report(key, $"'{key}' applies only to replication: {Modes.NameOf(expected)}");
            return false;
        }
        return options.Has(key);
    }

    private static string? SyncProblem(ScenarioRegion region, IReadOnlyList<RegionId> chosen, RegionId? primary, RegionId? witness) =>
        chosen.Contains(region.Id) ? $"region '{region.Name}' is listed twice in sync-replicas"
        : region.Id == witness ? $"region '{region.Name}' is the failover witness, which holds no data; a sync write cannot wait for it"
        : region.Nodes - (region.Id == primary ? 1 : 0) < 1
            ? $"region '{region.Name}' has no replica to wait for" + (region.Id == primary ? " (its only node is the primary)" : " (nodes: 0)")
            : null;
}
