using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>A read is stale only against the value the system converges to, not against a write that was discarded.</summary>
public class StaleReadTruthTests
{
    [Test]
    public void Reads_at_the_new_primary_after_a_failover_are_never_stale_when_writers_stopped_at_the_crash()
    {
        // Writers in c stop when a crashes; b reads at the primary throughout. Writes a never
        // shipped are abandoned at b's promotion, so what b holds is the truth from then on.
        var scenario = TestScenarios.TwoRegions(durationS: 120)
            .WithRegions((from, to) => (string.CompareOrdinal(from, to) < 0 ? from + to : to + from) switch
            {
                "ab" => 50,
                "ac" => 80,
                _ => 60,
            }, ("a", 1), ("b", 1), ("c", 1))
            .WithStrategy(s => s with { Failover = FailoverSpec.Default with { DetectAfter = SimDuration.FromSeconds(5) } });
        scenario = scenario with { Workload = scenario.Workload with { Keys = 1000 } };
        var writer = scenario.Client() with { Region = C, RatePerSecond = 1000, ReadFraction = 0, Until = SimDuration.FromSeconds(60.5) };
        scenario = scenario.WithClients(writer, writer with { Region = B, RatePerSecond = 100, ReadFraction = 1, Until = null })
            with { Faults = [new OutageFault(SimDuration.FromSeconds(60.5), SimDuration.FromSeconds(30), A, null)] };

        var result = TestScenarios.Run(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.LostUpdates), Is.GreaterThan(0), "the failover abandoned acknowledged writes");
            Assert.That(result.Row(MetricNames.StaleReadRatio, "b").Mean, Is.EqualTo(0));
            Assert.That(result.Row(MetricNames.ReadStaleness, "b").Max, Is.EqualTo(0));
        });
    }

    [Test]
    public void Under_skewed_lww_only_writes_still_in_flight_make_a_read_stale()
    {
        // b's clock is 500 ms ahead, so most of a's writes lose (many at birth, at a). Reads at b
        // can be stale only while a surviving write of a is on its way (40 ms): at most the chance
        // that a wrote the key in the last 40 ms, 1 - exp(-10/s / 3 keys x 0.04 s) = 0.125.
        var scenario = TestScenarios.TwoRegions(readFraction: 0, rate: 10, durationS: 400);
        var ahead = new ClockSpec(new ConstantDistribution(500e6), 0, SimDuration.Zero, SimDuration.Zero);
        scenario = scenario with
        {
            Regions = [scenario.Regions[0], scenario.Regions[1] with { Clock = ahead }],
            Workload = scenario.Workload with { Keys = 3 },
            Strategies = [new MultiMasterSpec("lww", ConflictResolution.Lww, [], CrdtType.Register)],
        };
        scenario = scenario.WithClients(scenario.Client(), scenario.Client() with { Region = B, RatePerSecond = 20, ReadFraction = 0.5 });

        var result = TestScenarios.Run(scenario);
        var stale = result.Row(MetricNames.StaleReadRatio, "b");
        var bound = 1 - Math.Exp(-10.0 / 3 * 0.04);

        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.LostUpdates), Is.GreaterThan(1000));
            Assert.That(stale.Mean, Is.GreaterThan(0));
            Assert.That(stale.Mean, Is.LessThan(bound + 4 * Math.Sqrt(bound * (1 - bound) / stale.Count)));
            Assert.That(result.Row(MetricNames.ReadStaleness, "b").Max, Is.LessThanOrEqualTo(40));
        });
    }
}
