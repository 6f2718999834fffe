using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Consensus;

/// <summary>
/// Faults behave as Raft's do: after the leader is lost, a voter that drew a timeout in [T, 2T]
/// stands; with pre-vote its election takes a pre-vote and a vote round trip to a majority more.
/// Nothing acknowledged is lost; a leader cut off from the majority commits nothing.
/// </summary>
public class ConsensusFailoverTests
{
    private static readonly SimDuration At = SimDuration.FromSeconds(10);
    private static readonly SimDuration For = SimDuration.FromSeconds(10);

    // The majority round trip from any of b..e stays under 2 x 80 ms one way (the line is 80 ms long).
    private const double MajorityRoundTripS = 0.16;

    // Seed 4 splits the vote of term 2 (two candidates pass the pre-vote at once): term 3 wins one timeout later.
    [TestCase(1, 1)]
    [TestCase(2, 1)]
    [TestCase(3, 1)]
    [TestCase(5, 1)]
    [TestCase(4, 2)]
    public void A_crashed_leader_is_replaced_within_T_to_2T_plus_the_vote_round_trips_per_attempt(long seed, int attempts)
    {
        var spec = ConsensusScenarios.Spec(5);
        var result = TestScenarios.Run(ConsensusScenarios.Build(spec, 5, rate: 50, readFraction: 0.5, durationS: 30, clientRegion: B, seed: seed,
            faults: new OutageFault(At, For, A, null)));

        var election = result.Summary.Single(r => r.Metric == MetricNames.Election);
        var elected = result.Events.Single(e => e.Kind == "elected");
        var t = spec.ElectionTimeout.TotalSeconds;
        Assert.Multiple(() =>
        {
            Assert.That(election.Count, Is.EqualTo(1));
            Assert.That(election.Min, Is.GreaterThanOrEqualTo(t * attempts));
            Assert.That(election.Max, Is.LessThanOrEqualTo((2 * t + 2 * MajorityRoundTripS) * attempts));
            Assert.That(elected.Detail, Does.Contain($"leader of term {1 + attempts} "));
            Assert.That(result.Total(MetricNames.LostUpdates), Is.Zero);
            Assert.That(result.Total(MetricNames.Failovers), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_leader_cut_off_from_the_majority_takes_no_write_and_the_majority_carries_on()
    {
        var scenario = ConsensusScenarios.Build(ConsensusScenarios.Spec(5), 5, rate: 20, readFraction: 0, durationS: 30,
            faults: new IsolateFault(At, For, A));
        var client = scenario.Client();
        scenario = scenario.WithClients(client, client with { Region = C });
        scenario = scenario with { Metrics = scenario.Metrics with { Interval = SimDuration.FromSeconds(1) } };
        var result = TestScenarios.Run(scenario);

        double WriteAvailability(string region, double second) =>
            result.Series.Single(s => s.Metric == MetricNames.WriteAvailability && s.Scope == region).Points.Single(p => p.TimeSeconds == second).Value;
        Assert.Multiple(() =>
        {
            // Ops issued from 11 s on (a's client timeout is 2 s) until the heal at 20 s.
            foreach (var second in new[] { 12.0, 15.0, 19.0 })
            {
                Assert.That(WriteAvailability("a", second), Is.Zero, $"a at {second} s");
            }
            foreach (var second in new[] { 15.0, 19.0, 25.0 })
            {
                Assert.That(WriteAvailability("c", second), Is.EqualTo(1), $"c at {second} s");
            }
            Assert.That(result.Total(MetricNames.LostUpdates), Is.Zero);
            Assert.That(result.Events.Select(e => e.Kind), Does.Contain("step-down").And.Contain("elected").And.Contain("lease"));
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_run_and_another_seed_another()
    {
        ScenarioSpec Scenario(long seed) => ConsensusScenarios.Build(ConsensusScenarios.Spec(5), 5, rate: 50, readFraction: 0.5, durationS: 20,
            clientRegion: B, seed: seed, faults: new OutageFault(At, SimDuration.FromSeconds(5), A, null));
        string Text(RunResult r) => string.Join("\n", r.Summary.Select(s => s.ToString()).Concat(r.Events.Select(e => e.ToString())));

        var first = Text(TestScenarios.Run(Scenario(7)));
        var again = Text(TestScenarios.Run(Scenario(7)));
        var other = Text(TestScenarios.Run(Scenario(8)));
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }
}
