using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary><c>type: primary-replica</c>: its keys, how they are read, and its nodes.</summary>
internal sealed class PrimaryReplicaStrategy : StrategyDefinition
{
    public const string Name = "primary-replica";

    private static readonly Choices<ReadFrom> ReadFroms = new(
        ("primary", ReadFrom.Primary), ("local", ReadFrom.Local), ("nearest", ReadFrom.Nearest), ("least-lag", ReadFrom.LeastLag))
    {
        WithDuration = new("bounded", ReadFrom.Bounded, "the staleness bound", "5s"),
    };

    public override string Type => Name;

    public override IReadOnlyList<StrategyKey> Keys { get; } =
    [
        new("primary", KeyKind.Region, "the region whose first node is the primary") { Required = true },
        .. ReplicationOptions.Keys,
        new("read-from", KeyKind.Choice, "where reads are served; bounded(T): the local replica while its lag estimate is within T, else the primary")
        {
            Choices = ReadFroms.Names,
            Default = ReadFroms.NameOf(ReadFrom.Primary),
        },
        new("failover", KeyKind.Block, "replace a primary that stops sending heartbeats by electing a replica") { Keys = FailoverOptions.Keys },
    ];

    public override StrategySpec? Read(IStrategyOptions options, string label)
    {
        var primary = options.Region("primary");
        if (primary is { } p && options.Regions[p.Index].Nodes == 0)
        {
            options.Report("primary", $"the primary region '{options.Regions[p.Index].Name}' has no nodes (nodes: 0); it needs at least one");
        }
        var failover = options.Block("failover") is { } block ? FailoverOptions.Read(block, primary) : null;
        var replication = ReplicationOptions.Read(options, primary, failover?.Witness);
        var readFrom = options.Choice("read-from", ReadFroms, out var maxStaleness) ?? ReadFrom.Primary;
        return new PrimaryReplicaSpec(label, primary ?? default, replication.Mode, readFrom)
        {
            Acks = replication.Acks,
            SemiSyncTimeout = replication.SemiSyncTimeout,
            SyncRegions = replication.SyncRegions,
            MaxStaleness = maxStaleness,
            Failover = failover,
        };
    }

    public override ReplicationStrategy Create(StrategySpec spec, NodeContext context) => new PrimaryReplicaNode(context, (PrimaryReplicaSpec)spec);

    public override IEnumerable<string> Notes(StrategySpec spec, ScenarioSpec scenario) => FailoverReach.Limits((PrimaryReplicaSpec)spec, scenario);
}
