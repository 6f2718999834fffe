using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// <c>type: quorum</c>: N replicas per key, write and read consistency levels (numbers or
/// Cassandra's names), read targets, read repair, hinted handoff, anti-entropy, last-writer-wins
/// by physical or hybrid logical clock, and PBS's per-message delays.
/// </summary>
internal sealed class QuorumStrategy : StrategyDefinition
{
    public const string Name = "quorum";

    /// <summary>The most replicas per key (and per region) a scenario may ask for.</summary>
    public const int MaxReplicas = 64;

    private static readonly Choices<ReadTargets> Targets = new(("all", ReadTargets.All), ("needed", ReadTargets.Needed));

    private static readonly Choices<Resolution> Resolutions = new(("lww", Resolution.Lww), ("hlc-lww", Resolution.HlcLww), ("siblings", Resolution.Siblings));

    private static readonly Choices<double> Speculations = new(("none", 0), ("p50", 0.5), ("p90", 0.9), ("p95", 0.95), ("p99", 0.99))
    {
        WithDuration = new DurationArgument<double>("fixed", -1, "the delay before asking one more replica", "20ms"),
    };

    private static readonly string LevelNames = $"a number or {string.Join(" | ", ConsistencyLevel.Names)}";

    public override string Type => Name;

    public override IReadOnlyList<StrategyKey> Keys { get; } =
    [
        new("replicas", KeyKind.Count, "N: replicas per key, placed by consistent hashing over the nodes of the placement regions (or give per-region)") { Default = "3" },
        new("per-region", KeyKind.Count, "replicas per key in each placement region, by consistent hashing within the region (instead of replicas)"),
        new("placement", KeyKind.RegionList, "the regions that hold replicas (default: every region with nodes)"),
        new("write-consistency", KeyKind.Text, $"acknowledgements a write waits for: {LevelNames}") { Default = ConsistencyLevel.Majority.ToString() },
        new("read-consistency", KeyKind.Text, $"responses a read waits for: {LevelNames} (each-quorum is for writes only)") { Default = ConsistencyLevel.Majority.ToString() },
        new("read-targets", KeyKind.Choice, "all: a read asks every replica and takes the first answers; needed: only as many as it needs, nearest first")
        {
            Choices = Targets.Names,
            Default = Targets.NameOf(ReadTargets.All),
        },
        new("speculative-retry", KeyKind.Choice, "read-targets: needed: ask one more replica after a percentile of recent answer times, or a fixed delay")
        {
            Choices = Speculations.Names,
            Default = "none",
        },
        new("read-repair", KeyKind.Bool, "a read that saw an older version at a replica writes the newest back to it") { Default = "false" },
        new("hinted-handoff", KeyKind.Text, "how long a coordinator keeps a write for a replica that did not acknowledge it, replaying it when the replica answers (none: off)")
        {
            Default = "3h",
        },
        new("sloppy", KeyKind.Bool, "a write for a replica that did not answer last time goes to the next node of the ring, which keeps it as a hint and counts toward W")
        {
            Default = "false",
        },
        new("anti-entropy-every", KeyKind.Text, "how often each replica exchanges versions with another replica and both keep the newer (none: never)") { Default = "none" },
        new("conflict-resolution", KeyKind.Choice, "which version wins: the coordinator's physical timestamp (lww) or its hybrid logical clock (hlc-lww); or none: concurrent writes are kept as siblings, ordered by vector clocks (siblings)")
        {
            Choices = Resolutions.Names,
            Default = Resolutions.NameOf(Resolution.Lww),
        },
        new("wars", KeyKind.Block, "PBS's per-message delays, added to the link latency; with them the coordinator stands apart from every replica")
        {
            Keys =
            [
                new("write", KeyKind.Distribution, "W: coordinator to replica, a write"),
                new("ack", KeyKind.Distribution, "A: replica to coordinator, its acknowledgement"),
                new("read", KeyKind.Distribution, "R: coordinator to replica, a read request"),
                new("response", KeyKind.Distribution, "S: replica to coordinator, its response"),
            ],
        },
        new("service-time", KeyKind.Block, "how long a replica takes to serve a message before it answers")
        {
            Keys =
            [
                new("write", KeyKind.Distribution, "to store a write"),
                new("read", KeyKind.Distribution, "to serve a read"),
            ],
        },
        new("request-timeout", KeyKind.Duration, "how long a coordinator waits for the replicas of one op; then it gives up and keeps hints") { Default = "2s" },
    ];

    public override StrategySpec? Read(IStrategyOptions options, string label)
    {
        var placement = QuorumPlacementReader.Read(options);
        var write = Level(options, "write-consistency", placement, forReads: false);
        var read = Level(options, "read-consistency", placement, forReads: true);
        var targets = options.Choice("read-targets", Targets) ?? ReadTargets.All;
        var speculative = Speculation(options, targets);
        var hintsOk = DurationOrNone(options, "hinted-handoff", SimDuration.FromSeconds(3 * 3600), out var hints);
        var sloppy = options.Bool("sloppy") == true;
        if (sloppy && options.Has("hinted-handoff") && options.Text("hinted-handoff") == "none")
        {
            options.Report("sloppy", "sloppy: true needs hinted-handoff (the stand-in replays what it keeps)");
        }
        var antiEntropyOk = DurationOrNone(options, "anti-entropy-every", null, out var antiEntropy);
        var resolution = options.Choice("conflict-resolution", Resolutions) ?? Resolution.Lww;
        var wars = options.Block("wars") is { } w ? new WarsDelays(w.Distribution("write"), w.Distribution("ack"), w.Distribution("read"), w.Distribution("response")) : null;
        var service = options.Block("service-time") is { } s ? new ServiceTime(s.Distribution("write"), s.Distribution("read")) : null;
        var timeout = options.Duration("request-timeout") ?? SimDuration.FromSeconds(2);
        if (placement is null || write is null || read is null || !hintsOk || !antiEntropyOk)
        {
            return null;
        }
        return new QuorumSpec(label, placement, write.Value, read.Value, targets, speculative, options.Bool("read-repair") == true,
            hints, sloppy, antiEntropy, resolution, wars, service, timeout);
    }

    public override ReplicationStrategy Create(StrategySpec spec, NodeContext context) => new QuorumNode(context, (QuorumSpec)spec);

    public override IEnumerable<string> Notes(StrategySpec spec, ScenarioSpec scenario)
    {
        var quorum = (QuorumSpec)spec;
        var local = new[] { quorum.WriteLevel, quorum.ReadLevel }.Where(l => l.Kind is LevelKind.LocalOne or LevelKind.LocalQuorum).ToList();
        foreach (var region in scenario.Workload.Clients.Select(c => c.Region).Distinct())
        {
            if (local.Count > 0 && !quorum.Placement.Regions.Contains(region))
            {
                yield return $"{quorum.Label}: clients in {scenario.Regions[region.Index].Name} reach no local replica: their {local[0]} ops time out";
            }
        }
    }

    private static ConsistencyLevel? Level(IStrategyOptions options, string key, Placement? placement, bool forReads)
    {
        if (!options.Has(key))
        {
            return ConsistencyLevel.Majority;
        }
        if (options.Text(key) is not { } text)
        {
            return null;
        }
        if (ConsistencyLevel.Parse(text) is not { } level)
        {
            options.Report(key, $"{key} must be {LevelNames}, found '{text}'");
            return null;
        }
        if (forReads && level.Kind == LevelKind.EachQuorum)
        {
            options.Report(key, "each-quorum is a write consistency level; for reads use quorum, local-quorum or a number");
            return null;
        }
        if (level.PerRegion && placement is { PerRegion: null })
        {
            options.Report(key, $"{key}: {level} counts replicas per region: it needs per-region placement (per-region: K), not replicas: N");
            return null;
        }
        if (placement is not null && level.Kind == LevelKind.Count && level.Count > placement.N)
        {
            options.Report(key, $"{key}: {level} is more than the {placement.N} replicas of a key");
            return null;
        }
        return level;
    }

    private static SpeculativeRetry Speculation(IStrategyOptions options, ReadTargets targets)
    {
        if (!options.Has("speculative-retry"))
        {
            return SpeculativeRetry.None;
        }
        if (targets != ReadTargets.Needed)
        {
            options.Report("speculative-retry", "speculative-retry is used only with read-targets: needed (with all, every replica is asked anyway)");
            return SpeculativeRetry.None;
        }
        return options.Choice("speculative-retry", Speculations, out var after) switch
        {
            null or 0 => SpeculativeRetry.None,
            < 0 => new SpeculativeRetry(after, 0),
            var p => new SpeculativeRetry(null, p.Value),
        };
    }

    /// <summary>A duration, or <c>none</c> (<paramref name="value"/> null); false when the value is wrong (reported).</summary>
    private static bool DurationOrNone(IStrategyOptions options, string key, SimDuration? absent, out SimDuration? value)
    {
        value = absent;
        if (!options.Has(key) || options.Text(key) is not { } text)
        {
            return !options.Has(key);
        }
        if (text == "none")
        {
            value = null;
            return true;
        }
        value = options.Duration(key);
        return value is not null;
    }
}
