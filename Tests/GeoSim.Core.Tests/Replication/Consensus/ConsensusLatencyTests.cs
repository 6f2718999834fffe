using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Consensus;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Consensus;

/// <summary>
/// With constant latencies a write at the leader takes the round trip to the ⌈(V+1)/2⌉−1-th
/// nearest other voter, plus the append time, plus the commit wait; a client elsewhere adds its
/// round trip to the leader. Reads: lease local, quorum the same majority round trip, follower
/// local and at least the closed-timestamp lag old.
/// </summary>
public class ConsensusLatencyTests
{
    // From a: round trips of 20, 40, 80 and 160 ms to b, c, d, e.
    [TestCase(1, 0)]
    [TestCase(2, 20)]
    [TestCase(3, 20)]
    [TestCase(4, 40)]
    [TestCase(5, 40)]
    public void A_write_at_the_leader_waits_for_the_majoritys_round_trip(int voters, double expectedMs)
    {
        var result = TestScenarios.Run(ConsensusScenarios.Build(ConsensusScenarios.Spec(voters), voters, rate: 20, readFraction: 0, durationS: 20));

        AssertConstant(result.Row(MetricNames.WriteLatency, "all"), expectedMs);
    }

    [TestCase(0, 7)]
    [TestCase(5, 0)]
    [TestCase(5, 7)]
    public void Append_time_and_commit_wait_add_to_the_round_trip(double appendMs, double waitMs)
    {
        var spec = ConsensusScenarios.Spec(5) with
        {
            AppendTime = SimDuration.FromMilliseconds(appendMs),
            CommitWait = SimDuration.FromMilliseconds(waitMs),
        };
        var result = TestScenarios.Run(ConsensusScenarios.Build(spec, 5, rate: 20, readFraction: 0, durationS: 20));

        AssertConstant(result.Row(MetricNames.WriteLatency, "all"), 40 + appendMs + waitMs);
    }

    [Test]
    public void A_client_in_another_region_adds_its_round_trip_to_the_leader()
    {
        // c is 20 ms from a one way: its entry node forwards to a, a answers the client directly.
        var result = TestScenarios.Run(ConsensusScenarios.Build(ConsensusScenarios.Spec(5), 5, rate: 20, readFraction: 0.5, durationS: 20, clientRegion: C));

        AssertConstant(result.Row(MetricNames.WriteLatency, "c"), 40 + 40);
        AssertConstant(result.Row(MetricNames.ReadLatency, "c"), 40);
    }

    [TestCase(ReadMode.Lease, 0)]
    [TestCase(ReadMode.Quorum, 40)]
    [TestCase(ReadMode.Follower, 0)]
    public void Reads_at_the_leader_take_what_their_mode_needs(ReadMode reads, double expectedMs)
    {
        var result = TestScenarios.Run(ConsensusScenarios.Build(ConsensusScenarios.Spec(5, reads), 5, rate: 20, readFraction: 1, durationS: 20));

        AssertConstant(result.Row(MetricNames.ReadLatency, "all"), expectedMs);
    }

    [Test]
    public void Follower_reads_are_local_and_at_least_the_closed_timestamp_lag_old()
    {
        var spec = ConsensusScenarios.Spec(5, ReadMode.Follower);
        var scenario = ConsensusScenarios.Build(spec, 5, rate: 20, readFraction: 0.5, durationS: 30, clientRegion: D);
        // At the start everything is closed as of time 0: measure once the lag has passed.
        var result = TestScenarios.Run(scenario with { Warmup = SimDuration.FromSeconds(5) });

        var staleness = result.Row(MetricNames.FollowerReadStaleness, "d");
        Assert.Multiple(() =>
        {
            AssertConstant(result.Row(MetricNames.ReadLatency, "d"), 0);
            Assert.That(staleness.Min, Is.GreaterThanOrEqualTo(spec.ClosedTimestampLag.TotalMilliseconds));
            // The closed timestamp moves with every append, a heartbeat at least.
            Assert.That(staleness.Max, Is.LessThanOrEqualTo(spec.ClosedTimestampLag.TotalMilliseconds + spec.Heartbeat.TotalMilliseconds + 40));
        });
    }

    private static void AssertConstant(SummaryRow latency, double expectedMs)
    {
        Assert.Multiple(() =>
        {
            Assert.That(latency.Count, Is.GreaterThan(100));
            Assert.That(latency.Min, Is.EqualTo(expectedMs).Within(0.01));
            Assert.That(latency.Max, Is.EqualTo(expectedMs).Within(0.01));
        });
    }
}
