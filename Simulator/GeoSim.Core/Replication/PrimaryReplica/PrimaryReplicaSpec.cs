using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary><c>type: primary-replica</c>: one primary node takes every write, replicas follow.</summary>
/// <param name="Primary">The region whose first node is the primary at the start.</param>
public sealed record PrimaryReplicaSpec(string Label, RegionId Primary, ReplicationMode Replication, ReadFrom ReadFrom)
    : StrategySpec(Label)
{
    public const int DefaultAcks = 1;
    public static readonly SimDuration DefaultSemiSyncTimeout = SimDuration.FromSeconds(10);

    public override string Type => PrimaryReplicaStrategy.Name;

    public override StrategyCapabilities Capabilities => Failover is null ? StrategyCapabilities.None : StrategyCapabilities.FailsOver;

    public override IReadOnlyList<RegionId> DatalessRegions => Failover?.Witness is { } witness ? [witness] : [];

    public override string StartRole(RegionId region) => region == Primary ? "primary" : "replica";

    /// <summary>Status datagrams carry the heartbeats of failover and the lag estimates that least-lag and bounded reads route by.</summary>
    public override SimDuration? HeartbeatEvery =>
        Failover?.HeartbeatEvery ?? (ReadFrom is ReadFrom.LeastLag or ReadFrom.Bounded ? FailoverSpec.DefaultHeartbeatEvery : null);

    /// <summary><c>acks</c>: replica acknowledgements a semi-sync write waits for.</summary>
    public int Acks { get; init; } = DefaultAcks;

    /// <summary><c>semi-sync-timeout</c>: how long a semi-sync write waits before the primary falls back to async.</summary>
    public SimDuration SemiSyncTimeout { get; init; } = DefaultSemiSyncTimeout;

    /// <summary><c>sync-replicas</c>: the regions whose nodes a sync write waits for; empty means every replica.</summary>
    public IReadOnlyList<RegionId> SyncRegions { get; init; } = [];

    /// <summary>For <see cref="ReadFrom.Bounded"/>: the staleness a replica may serve with, by its own estimate.</summary>
    public SimDuration MaxStaleness { get; init; } = SimDuration.Zero;

    /// <summary><c>failover:</c>, or null when a lost primary is never replaced.</summary>
    public FailoverSpec? Failover { get; init; }

    public bool Equals(PrimaryReplicaSpec? other) =>
        other is not null && base.Equals(other) && Primary == other.Primary && Replication == other.Replication
        && ReadFrom == other.ReadFrom && Acks == other.Acks && SemiSyncTimeout == other.SemiSyncTimeout
        && SyncRegions.SequenceEqual(other.SyncRegions) && MaxStaleness == other.MaxStaleness && Failover == other.Failover;

    public override int GetHashCode() => HashCode.Combine(Label, Primary, Replication, ReadFrom, Acks, MaxStaleness, Failover);
}
