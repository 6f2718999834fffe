using GeoSim.Core.Engine;
using GeoSim.Core.Replication.Consensus;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class ConsensusLoadingTests
{
    private static readonly RegionId A = new(0), B = new(1), C = new(2);

    // Lines 1-18; the strategy block starts on line 19 with "strategy:", its first key on line 21.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: a
          - name: b
          - name: c
          - name: d
            nodes: 0
          - name: e
        network:
          default:
            latency: 10ms
        workload:
          clients:
            - region: a
              rate: 10/s
        # no faults
        metrics: {}
        """;

    private static string Yaml(string block) => Head + "\nstrategy:\n  type: consensus\n" + block;

    private static LoadResult Load(string block) => ScenarioLoader.Load(Yaml(block), Errors.File);

    [Test]
    public void A_full_block_becomes_its_record()
    {
        var result = Load("""
              voters: [a, b, c]
              non-voters: [e]
              leader: b
              election-timeout: 2s
              heartbeat-every: 100ms
              pre-vote: false
              reads: quorum
              lease: 3s
              max-clock-offset: 250ms
              clock-offset-check: false
              closed-timestamp-lag: 1s
              commit-wait: 7ms
              append-time: 2ms
              leader-preference: sticky
            """);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
        Assert.That(result.Scenario!.Strategies.Single(), Is.EqualTo(new ConsensusSpec("consensus", [A, B, C], [new RegionId(4)], B,
            SimDuration.FromSeconds(2), SimDuration.FromMilliseconds(100), false, ReadMode.Quorum, SimDuration.FromSeconds(3),
            SimDuration.FromMilliseconds(250), false, SimDuration.FromSeconds(1), SimDuration.FromMilliseconds(7), SimDuration.FromMilliseconds(2), true)));
    }

    [Test]
    public void An_empty_block_takes_the_defaults()
    {
        var result = Load("");
        Assert.That(result.Errors, Is.Empty);
        var spec = (ConsensusSpec)result.Scenario!.Strategies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.Voters, Is.EqualTo(new[] { A, B, C, new RegionId(4) }), "every region with nodes");
            Assert.That(spec.NonVoters, Is.Empty);
            Assert.That(spec.Leader, Is.EqualTo(A), "the first voter");
            Assert.That((spec.ElectionTimeout, spec.Heartbeat, spec.Lease), Is.EqualTo((SimDuration.FromSeconds(1), SimDuration.FromMilliseconds(150), SimDuration.FromSeconds(2))));
            Assert.That((spec.PreVote, spec.Reads, spec.ClockOffsetCheck, spec.StickyLeader), Is.EqualTo((true, ReadMode.Lease, true, false)));
            Assert.That((spec.CommitWait, spec.AppendTime), Is.EqualTo((SimDuration.Zero, SimDuration.Zero)));
        });
    }

    [TestCase("  reads: linearizable\n", 21, 10, "unknown reads 'linearizable'; expected one of lease, quorum, follower")]
    [TestCase("  voters: [a, b]\n  leader: c\n", 22, 11, "the leader region 'c' is not one of the voters")]
    [TestCase("  voters: [a, d]\n", 21, 15, "'d' has no nodes (nodes: 0)")]
    [TestCase("  voters: [a, b, c]\n", 21, 11, "region e has nodes but is neither a voter nor a non-voter")]
    [TestCase("  voters: [a, b, c]\n  non-voters: [c]\n", 22, 16, "'c' is a voter already")]
    [TestCase("  heartbeat-every: 1s\n", 21, 20, "heartbeat-every (1s) must be shorter than election-timeout (1s), or followers elect between heartbeats")]
    [TestCase("  lease: 2\n", 21, 10, "2: a duration needs a unit, e.g. 2ms")]
    [TestCase("  leader-preference: always\n", 21, 22, "unknown leader-preference 'always'; expected one of sticky, none")]
    [TestCase("  pre-vote: maybe\n", 21, 13, "pre-vote must be true or false, found 'maybe'")]
    public void Bad_consensus_blocks_are_reported_at_their_value(string block, int line, int column, string message) =>
        Errors.AssertContains(Yaml(block), line, column, message);
}
