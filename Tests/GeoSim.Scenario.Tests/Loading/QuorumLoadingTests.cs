using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class QuorumLoadingTests
{
    private static readonly RegionId A = new(0), B = new(1);

    // Lines 1-16; the strategy block starts on line 17 with "strategy:", its first key on line 19.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: a
            nodes: 3
          - name: b
            nodes: 2
          - name: c
            nodes: 0
        network:
          default:
            latency: 10ms
        workload:
          clients:
            - region: a
              rate: 10/s
        """;

    private static LoadResult Load(string block) => ScenarioLoader.Load(Head + "\nstrategy:\n  type: quorum\n" + block, "t.yaml");

    [Test]
    public void A_full_block_becomes_its_record()
    {
        var result = Load("""
              per-region: 2
              placement: [a, b]
              write-consistency: each-quorum
              read-consistency: local-one
              read-targets: needed
              speculative-retry: p99
              read-repair: true
              hinted-handoff: 1h
              sloppy: true
              anti-entropy-every: 10m
              conflict-resolution: hlc-lww
              wars:
                write: exponential(mean=1ms)
                response: 2ms
              service-time: { read: 1ms }
              request-timeout: 500ms
            """);

        Assert.That(result.Errors, Is.Empty);
        var spec = (QuorumSpec)result.Scenario!.Strategies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.Placement, Is.EqualTo(new Placement(null, 2, [A, B])));
            Assert.That(spec.Placement.N, Is.EqualTo(4));
            Assert.That(spec.WriteLevel, Is.EqualTo(new ConsistencyLevel(LevelKind.EachQuorum)));
            Assert.That(spec.ReadLevel, Is.EqualTo(new ConsistencyLevel(LevelKind.LocalOne)));
            Assert.That(spec.ReadTargets, Is.EqualTo(ReadTargets.Needed));
            Assert.That(spec.Speculative, Is.EqualTo(new SpeculativeRetry(null, 0.99)));
            Assert.That(spec.ReadRepair && spec.Sloppy, Is.True);
            Assert.That(spec.HintWindow, Is.EqualTo(SimDuration.FromSeconds(3600)));
            Assert.That(spec.AntiEntropyEvery, Is.EqualTo(SimDuration.FromSeconds(600)));
            Assert.That(spec.Resolution, Is.EqualTo(Resolution.HlcLww));
            Assert.That(spec.Wars, Is.EqualTo(new WarsDelays(new ExponentialDistribution(1e6), null, null, new ConstantDistribution(2e6))));
            Assert.That(spec.Service, Is.EqualTo(new ServiceTime(null, new ConstantDistribution(1e6))));
            Assert.That(spec.RequestTimeout, Is.EqualTo(SimDuration.FromMilliseconds(500)));
        });
    }

    [Test]
    public void An_empty_block_takes_the_defaults()
    {
        var result = Load("");
        Assert.That(result.Errors, Is.Empty);
        var spec = (QuorumSpec)result.Scenario!.Strategies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.Placement, Is.EqualTo(new Placement(3, null, [A, B])), "every region with nodes");
            Assert.That((spec.WriteLevel, spec.ReadLevel), Is.EqualTo((ConsistencyLevel.Majority, ConsistencyLevel.Majority)));
            Assert.That(spec.ReadTargets, Is.EqualTo(ReadTargets.All));
            Assert.That(spec.HintWindow, Is.EqualTo(SimDuration.FromSeconds(3 * 3600)));
            Assert.That(spec.AntiEntropyEvery, Is.Null);
            Assert.That(spec.Wars, Is.Null);
        });
    }

    [TestCase("  hinted-handoff: none\n  anti-entropy-every: none\n")]
    [TestCase("  write-consistency: 2\n  read-consistency: two\n")]
    public void Other_valid_values_load(string block) => Assert.That(Load(block).Errors, Is.Empty);

    [TestCase("  write-consistency: most\n", 19, 22, "write-consistency must be a number or one | two | three | quorum | all | local-one | local-quorum | each-quorum, found 'most'")]
    [TestCase("  write-consistency: 4\n", 19, 22, "write-consistency: 4 is more than the 3 replicas of a key")]
    [TestCase("  read-consistency: each-quorum\n  per-region: 1\n", 19, 21, "each-quorum is a write consistency level; for reads use quorum, local-quorum or a number")]
    [TestCase("  write-consistency: local-quorum\n", 19, 22, "write-consistency: local-quorum counts replicas per region: it needs per-region placement (per-region: K), not replicas: N")]
    [TestCase("  replicas: 6\n", 19, 13, "replicas: 6 needs 6 nodes, but the placement regions have 5")]
    [TestCase("  per-region: 3\n", 19, 15, "per-region: 3 needs 3 nodes in every placement region, but b has 2")]
    [TestCase("  replicas: 2\n  per-region: 1\n", 20, 15, "give either replicas (N over all placement nodes) or per-region (K in each placement region), not both")]
    [TestCase("  placement: [a, c]\n", 19, 18, "this region has no nodes to hold replicas")]
    [TestCase("  placement: [a, a]\n", 19, 18, "this region is already listed")]
    [TestCase("  speculative-retry: p99\n", 19, 22, "speculative-retry is used only with read-targets: needed (with all, every replica is asked anyway)")]
    [TestCase("  read-targets: needed\n  speculative-retry: p98\n", 20, 22, "unknown speculative-retry 'p98'; did you mean 'p90'?")]
    [TestCase("  hinted-handoff: none\n  sloppy: true\n", 20, 11, "sloppy: true needs hinted-handoff (the stand-in replays what it keeps)")]
    [TestCase("  hinted-handoff: 3\n", 19, 19, "3: a duration needs a unit, e.g. 3ms")]
    [TestCase("  anti-entropy-every: never\n", 19, 23, "'never' is not a duration; expected a number and a unit, e.g. 10ms")]
    [TestCase("  wars:\n    write: exponential(mean=1)\n", 20, 29, "1: a duration needs a unit, e.g. 1ms")]
    [TestCase("  wars:\n    writes: 1ms\n", 20, 5, "unknown key 'writes'; did you mean 'write'?")]
    [TestCase("  conflict-resolution: vector\n", 19, 24, "unknown conflict-resolution 'vector'; expected one of lww, hlc-lww, siblings")]
    public void Bad_quorum_blocks_are_reported_at_their_value(string block, int line, int column, string message) =>
        Assert.That(Load(block).Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)),
            string.Join("\n", Load(block).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));

    [Test]
    public void T_visibility_probes_are_read_from_the_metrics_block()
    {
        var result = ScenarioLoader.Load(Head + "\nmetrics:\n  t-visibility: { at: [0ms, 1ms, 1s], sample: 20%, from: b }\nstrategy:\n  type: quorum\n", "t.yaml");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Metrics.TVisibility, Is.EqualTo(new TVisibilitySpec(
            [SimDuration.Zero, SimDuration.FromMilliseconds(1), SimDuration.FromSeconds(1)], 0.2, ProbeOrigin.Region, B)));
    }

    [TestCase("{ at: [1ms, 1ms] }", 18, 29, "at must list delays in increasing order; 1ms comes after 1ms")]
    [TestCase("{ sample: 0 }", 18, 27, "sample must be > 0: a share of writes to probe, e.g. 0.2")]
    [TestCase("{ from: c }", 18, 25, "from: region 'c' has no nodes to coordinate a probe read")]
    [TestCase("{ from: d }", 18, 25, "unknown region 'd'; expected one of a, b, c")]
    [TestCase("{ every: 1s }", 18, 19, "unknown key 'every'; expected one of at, sample, from")]
    public void Bad_t_visibility_blocks_are_reported(string block, int line, int column, string message)
    {
        var errors = ScenarioLoader.Load(Head + "\nmetrics:\n  t-visibility: " + block + "\nstrategy:\n  type: quorum\n", "t.yaml").Errors;
        Assert.That(errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)),
            string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
    }

    [Test]
    public void Validate_notes_clients_that_a_local_level_leaves_without_a_local_replica()
    {
        var local = Load("  per-region: 1\n  placement: [b]\n  write-consistency: local-quorum\n");
        var anywhere = Load("  per-region: 1\n  placement: [b]\n  write-consistency: quorum\n");
        Assert.Multiple(() =>
        {
            Assert.That(Core.Replication.StrategyCatalog.Notes(local.Scenario!),
                Is.EqualTo(new[] { "quorum: clients in a reach no local replica: their local-quorum ops time out" }));
            Assert.That(Core.Replication.StrategyCatalog.Notes(anywhere.Scenario!), Is.Empty);
        });
    }
}
