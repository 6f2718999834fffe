using GeoSim.Core.Engine;
using GeoSim.Scenario.Tests.Loading;

namespace GeoSim.Scenario.Tests.Limits;

public class IntervalLimitTests
{
    [TestCase("1ns", "interval must be at least 1ms, found 1ns")]
    [TestCase("1us", "interval must be at least 1ms, found 1us")]
    [TestCase("999us", "interval must be at least 1ms, found 999us")]
    public void An_interval_below_the_floor_is_rejected(string interval, string message)
    {
        Errors.AssertSingle(Scenarios.Minimal + $"metrics:\n  interval: {interval}\n", 13, 13, message);
    }

    [Test]
    public void Too_many_intervals_are_rejected_with_the_interval_that_would_do()
    {
        var yaml = Scenarios.Minimal.Replace("duration: 10s", "duration: 1h") + "metrics:\n  interval: 1ms\n";
        Errors.AssertSingle(yaml, 13, 13, "duration 1h in intervals of 1ms makes 3600000 intervals; at most 100000: use an interval of at least 36ms");
    }

    [Test]
    public void The_default_interval_widens_for_long_runs_and_the_floor_itself_is_allowed()
    {
        var longRun = ScenarioLoader.Load(Scenarios.Minimal.Replace("duration: 10s", "duration: 30d").Replace("rate: 100/s", "rate: 1/s"), "t.yaml");
        var floor = ScenarioLoader.Load(Scenarios.Minimal + "metrics:\n  interval: 1ms\n", "t.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(longRun.Errors, Is.Empty);
            Assert.That(longRun.Scenario!.Metrics.Interval, Is.EqualTo(SimDuration.FromMilliseconds(25_920)), "30d / 100000 intervals, in whole ms");
            Assert.That(floor.Scenario!.Metrics.Interval, Is.EqualTo(SimDuration.FromMilliseconds(1)));
        });
    }
}
