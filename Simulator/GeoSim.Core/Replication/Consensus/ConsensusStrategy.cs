using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Consensus;

/// <summary><c>type: consensus</c>: its keys, how they are read, and its nodes.</summary>
internal sealed class ConsensusStrategy : StrategyDefinition
{
    public const string Name = "consensus";

    // Named after the enum, as the scenario writes them: the mode words stay the strategy's own.
    private static readonly Choices<ReadMode> ReadModes = new([.. Enum.GetValues<ReadMode>().Select(m => (m.ToString().ToLowerInvariant(), m))]);

    private static readonly Choices<bool> Preferences = new(("sticky", true), ("none", false));

    private static readonly SimDuration DefaultElectionTimeout = SimDuration.FromSeconds(1);
    private static readonly SimDuration DefaultHeartbeat = SimDuration.FromMilliseconds(150);
    private static readonly SimDuration DefaultLease = SimDuration.FromSeconds(2);
    private static readonly SimDuration DefaultMaxClockOffset = SimDuration.FromMilliseconds(500);
    private static readonly SimDuration DefaultClosedTimestampLag = SimDuration.FromSeconds(3);

    public override string Type => Name;

    public override IReadOnlyList<StrategyKey> Keys { get; } =
    [
        new("voters", KeyKind.RegionList, "the regions whose nodes vote, every node of each (default: every region with nodes)"),
        new("non-voters", KeyKind.RegionList, "regions whose nodes receive the log without voting and can serve follower reads"),
        new("leader", KeyKind.Region, "the preferred leader's region (its first node leads at the start; default: the first voter)"),
        new("election-timeout", KeyKind.Duration, "T: a voter that hears no leader for a time drawn in [T, 2T] from its own random stream stands for election")
        {
            Default = DefaultElectionTimeout.ToString(),
        },
        new("heartbeat-every", KeyKind.Duration, "how often the leader sends every replica an append, empty when there is nothing new") { Default = DefaultHeartbeat.ToString() },
        new("pre-vote", KeyKind.Bool, "a candidate first asks whether it could win, so a node that rejoins does not depose a live leader") { Default = "true" },
        new("reads", KeyKind.Choice, "lease: the leader serves locally while its lease holds; quorum: after a round trip to a majority; follower: any replica at its closed timestamp")
        {
            Choices = ReadModes.Names,
            Default = ReadModes.NameOf(ReadMode.Lease),
        },
        new("lease", KeyKind.Duration, "the leader lease, from the last append a majority acknowledged") { Default = DefaultLease.ToString() },
        new("max-clock-offset", KeyKind.Duration, "the clock offset leases are safe under; a node further off its leader stops serving") { Default = DefaultMaxClockOffset.ToString() },
        new("clock-offset-check", KeyKind.Bool, "false: nodes whose clocks are off by more than max-clock-offset keep serving (unsafe)") { Default = "true" },
        new("closed-timestamp-lag", KeyKind.Duration, "follower reads see what was committed at least this long ago") { Default = DefaultClosedTimestampLag.ToString() },
        new("commit-wait", KeyKind.Duration, "waited after a commit before the acknowledgement (Spanner's commit wait); default none"),
        new("append-time", KeyKind.Duration, "persistence time of an append at each node before it counts toward the majority; default none"),
        new("leader-preference", KeyKind.Choice, "sticky: leadership moves back to the leader region once its node is caught up")
        {
            Choices = Preferences.Names,
            Default = Preferences.NameOf(false),
        },
    ];

    public override StrategySpec? Read(IStrategyOptions options, string label)
    {
        var withNodes = options.Regions.Where(r => r.Nodes > 0).Select(r => r.Id).ToList();
        var voters = options.Has("voters") ? options.RegionList("voters", (r, _) => NoNodes(options, r)) : withNodes;
        var nonVoters = options.Has("non-voters")
            ? options.RegionList("non-voters", (r, _) => NoNodes(options, r) ?? (voters?.Contains(r) == true ? $"{Region(options, r)} is a voter already" : null))
            : [];
        var leader = options.Has("leader") ? options.Region("leader") : voters?.FirstOrDefault();
        if (leader is { } l && voters?.Contains(l) == false)
        {
            options.Report("leader", $"the leader region {Region(options, l)} is not one of the voters");
        }
        var election = options.Duration("election-timeout") ?? DefaultElectionTimeout;
        var heartbeat = options.Duration("heartbeat-every") ?? DefaultHeartbeat;
        if (heartbeat >= election)
        {
            options.Report("heartbeat-every", $"heartbeat-every ({heartbeat}) must be shorter than election-timeout ({election}), or followers elect between heartbeats");
        }
        var spec = voters is null || nonVoters is null || leader is null ? null : new ConsensusSpec(label, voters, nonVoters, leader.Value, election, heartbeat,
            options.Bool("pre-vote") ?? true, options.Choice("reads", ReadModes) ?? ReadMode.Lease, options.Duration("lease") ?? DefaultLease,
            options.Duration("max-clock-offset") ?? DefaultMaxClockOffset, options.Bool("clock-offset-check") ?? true,
            options.Duration("closed-timestamp-lag") ?? DefaultClosedTimestampLag, options.Duration("commit-wait") ?? SimDuration.Zero,
            options.Duration("append-time") ?? SimDuration.Zero, options.Choice("leader-preference", Preferences) ?? false);
        if (spec is not null)
        {
            ReportUnplaced(options, spec);
        }
        return spec;
    }

    public override ReplicationStrategy Create(StrategySpec spec, NodeContext context) => new ConsensusNode(context, (ConsensusSpec)spec);

    /// <summary>Every node holds a replica: a region with nodes must be a voter or a non-voter.</summary>
    private static void ReportUnplaced(IStrategyOptions options, ConsensusSpec spec)
    {
        foreach (var region in options.Regions.Where(r => r.Nodes > 0 && !spec.Voters.Contains(r.Id) && !spec.NonVoters.Contains(r.Id)))
        {
            options.Report("voters", $"region {region.Name} has nodes but is neither a voter nor a non-voter");
        }
    }

    private static string? NoNodes(IStrategyOptions options, RegionId region) =>
        options.Regions[region.Index].Nodes == 0 ? $"{Region(options, region)} has no nodes (nodes: 0)" : null;

    private static string Region(IStrategyOptions options, RegionId region) => $"'{options.Regions[region.Index].Name}'";
}
