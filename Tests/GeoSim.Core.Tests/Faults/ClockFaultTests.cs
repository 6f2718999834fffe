using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Faults;

public class ClockFaultTests
{
    [Test]
    public void A_drifting_region_reports_its_offset_each_interval()
    {
        // 100 ppm, no resync: the offset grows by 0.1 ms per second, 100 ms at 1,000 s.
        var drifting = new ClockSpec(new ConstantDistribution(0), 100, SimDuration.Zero, SimDuration.Zero);
        var scenario = TestScenarios.TwoRegions(rate: 1, durationS: 1000);
        scenario = scenario with { Regions = [scenario.Regions[0], scenario.Regions[1] with { Clock = drifting }] };

        var offsets = Series(TestScenarios.Run(scenario), "b");

        Assert.Multiple(() =>
        {
            Assert.That(offsets.Single(p => p.TimeSeconds == 1000).Value, Is.EqualTo(100.0).Within(1e-6));
            Assert.That(offsets.Single(p => p.TimeSeconds == 10).Value, Is.EqualTo(1.0).Within(1e-6));
            Assert.That(Series(TestScenarios.Run(scenario), "a").All(p => p.Value == 0), Is.True);
        });
    }

    [Test]
    public void A_clock_jump_steps_the_offset_and_is_an_event()
    {
        var scenario = TestScenarios.TwoRegions(rate: 1, durationS: 60) with
        {
            Faults = [new ClockJumpFault(SimDuration.FromSeconds(30), B, null, SimDuration.FromSeconds(2))],
        };

        var result = TestScenarios.Run(scenario);
        var offsets = Series(result, "b");

        Assert.Multiple(() =>
        {
            Assert.That(offsets.Single(p => p.TimeSeconds == 29).Value, Is.EqualTo(0));
            Assert.That(offsets.Single(p => p.TimeSeconds == 30).Value, Is.EqualTo(2000));
            Assert.That(result.Events.Single().Kind, Is.EqualTo("clock-jump"));
        });
    }

    [Test]
    public void Opposite_skews_in_one_region_do_not_cancel_out()
    {
        // b/0 jumps +2 s, b/1 -3 s: their mean would be -0.5 s; the region shows its worst node.
        var scenario = TestScenarios.TwoRegions(rate: 1, durationS: 60).WithRegions((_, _) => 10, ("a", 1), ("b", 2)) with
        {
            Faults =
            [
                new ClockJumpFault(SimDuration.FromSeconds(30), B, 0, SimDuration.FromSeconds(2)),
                new ClockJumpFault(SimDuration.FromSeconds(30), B, 1, SimDuration.FromSeconds(-3)),
            ],
        };

        var offsets = Series(TestScenarios.Run(scenario), "b");

        Assert.That(offsets.Single(p => p.TimeSeconds == 30).Value, Is.EqualTo(-3000));
    }

    [Test]
    public void Perfect_clocks_add_no_offset_rows()
    {
        var result = TestScenarios.Run(TestScenarios.TwoRegions(rate: 1, durationS: 10));
        Assert.That(result.Summary.Any(r => r.Metric == MetricNames.ClockOffset), Is.False);
    }

    private static IReadOnlyList<SeriesPoint> Series(RunResult result, string region) =>
        result.Series.Single(s => s.Metric == MetricNames.ClockOffset && s.Scope == region).Points;
}
