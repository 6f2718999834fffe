using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Consensus;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Consensus;

/// <summary>
/// Leases across a failover: the leader a (its clock <see cref="SlowS"/> behind when skewed) is
/// cut off at 10 s while it serves a's reads and b writes ten keys. A lease outlives leadership,
/// and the new leader waits, by its own clock, for the last lease it was told of plus
/// max-clock-offset. Within that bound no read misses an acknowledged write; past it, with the
/// check off, the new leader starts early and the linearizability checker finds the old leader's
/// stale reads; with the check on, the skewed leader is found out and never serves.
/// </summary>
public class ConsensusLeaseTests
{
    private const double SlowS = 1.5;

    private static RunResult Run(double clockOffsetS, bool check)
    {
        var spec = ConsensusScenarios.Spec(3) with { ClockOffsetCheck = check };
        var scenario = ConsensusScenarios.Build(spec, 3, rate: 50, readFraction: 1, durationS: 30,
            faults: new IsolateFault(SimDuration.FromSeconds(10), SimDuration.FromSeconds(10), A));
        var skewed = ClockSpec.Perfect with { Offset = new ConstantDistribution(clockOffsetS * 1e9) };
        scenario = scenario with
        {
            Regions = [scenario.Regions[0] with { Clock = skewed }, .. scenario.Regions.Skip(1)],
            Workload = scenario.Workload with { Keys = 10 },
        };
        var reader = scenario.Client();
        return TestScenarios.Run(scenario.WithClients(reader, reader with { Region = B, ReadFraction = 0, RatePerSecond = 20 }));
    }

    [Test]
    public void Within_the_clock_bound_no_lease_read_misses_an_acknowledged_write()
    {
        var result = Run(0, check: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.LinearizabilityViolations, "a").Count, Is.Zero);
            Assert.That(result.Events.Select(e => e.Kind), Does.Contain("lease-expired"));
            Assert.That(result.Summary.Single(r => r.Metric == MetricNames.LeaseUnavailable).Min, Is.EqualTo(0.5).Within(1e-6), "max-clock-offset");
        });
    }

    [Test]
    public void A_clock_further_off_than_the_bound_with_the_check_off_gives_stale_reads_the_checker_finds()
    {
        var result = Run(-SlowS, check: false);

        Assert.That(result.Row(MetricNames.LinearizabilityViolations, "a").Count, Is.GreaterThan(0));
    }

    [Test]
    public void With_the_check_on_the_skewed_leader_stops_serving_and_nothing_is_stale()
    {
        var result = Run(-SlowS, check: true);

        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.LinearizabilityViolations, "a").Count, Is.Zero);
            Assert.That(result.Events.First(e => e.Kind == "clock-offset").TimeSeconds, Is.LessThan(1));
        });
    }

    [Test]
    public void Follower_reads_promise_no_linearizability_and_get_no_such_row()
    {
        var result = TestScenarios.Run(ConsensusScenarios.Build(ConsensusScenarios.Spec(3, ReadMode.Follower), 3, rate: 20, readFraction: 0.5, durationS: 10));

        Assert.That(result.Summary.Where(r => r.Metric == MetricNames.LinearizabilityViolations), Is.Empty);
    }
}
