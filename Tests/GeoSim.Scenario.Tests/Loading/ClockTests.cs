using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary><c>clocks:</c>: a default block, per-region blocks merged into it field by field.</summary>
public class ClockTests
{
    private const double Ms = 1_000_000;

    private static ClockSpec ClockOf(ScenarioSpec scenario, string region) => scenario.Regions.Single(r => r.Name == region).Clock;

    [Test]
    public void Without_clocks_every_region_has_a_perfect_clock()
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions);

        Assert.That(scenario.Regions.Select(r => r.Clock), Is.All.EqualTo(ClockSpec.Perfect));
    }

    [Test]
    public void A_region_block_overrides_the_default_field_by_field()
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions + """
            clocks:
              default:
                offset: normal(mean=0ms, stddev=1ms)
                drift: 10ppm
                sync-every: 64s
                sync-error: 1ms
              regions:
                eu-west-1: { offset: -250ms, drift: -5ppm }
                ap-south-1:
                  sync-error: 20ms

            """);

        var defaults = new ClockSpec(new NormalDistribution(0, Ms), 10, SimDuration.FromSeconds(64), SimDuration.FromMilliseconds(1));
        Assert.That(ClockOf(scenario, "us-east-1"), Is.EqualTo(defaults));
        Assert.That(ClockOf(scenario, "eu-west-1"), Is.EqualTo(defaults with { Offset = new ConstantDistribution(-250 * Ms), DriftPpm = -5 }));
        Assert.That(ClockOf(scenario, "ap-south-1"), Is.EqualTo(defaults with { SyncError = SimDuration.FromMilliseconds(20) }));
    }

    [Test]
    public void Regions_without_a_default_fill_the_rest_from_a_perfect_clock()
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions + """
            clocks:
              regions:
                us-west-2: { offset: 'normal(mean=-2ms, stddev=500us)', sync-every: 1m }

            """);

        Assert.That(ClockOf(scenario, "us-west-2"), Is.EqualTo(new ClockSpec(new NormalDistribution(-2 * Ms, 0.5 * Ms), 0, SimDuration.FromSeconds(60), SimDuration.Zero)));
        Assert.That(ClockOf(scenario, "us-east-1"), Is.EqualTo(ClockSpec.Perfect));
    }

    [TestCase("clocks:\n  regions:\n    eu-wset-1: { drift: 1ppm }\n", 22, 5, "unknown region 'eu-wset-1'; did you mean 'eu-west-1'?")]
    [TestCase("clocks:\n  default:\n    sync-error: 1ms\n", 22, 17, "sync-error needs sync-every: a clock that never resyncs has no resync error")]
    [TestCase("clocks:\n  regions:\n    eu-west-1: { sync-error: 1ms }\n", 22, 30, "sync-error needs sync-every: a clock that never resyncs has no resync error")]
    [TestCase("clocks:\n  default:\n    sync-every: 0s\n", 22, 17, "sync-every must be > 0")]
    [TestCase("clocks:\n  default:\n    sync-every: 1s\n    sync-error: -1ms\n", 23, 17, "-1ms: a duration cannot be negative")]
    [TestCase("clocks:\n  default:\n    drift: 200000ppm\n", 22, 12, "200000ppm: a drift must be within ±100000ppm")]
    [TestCase("clocks:\n  default:\n    drift: 20\n", 22, 12, "20: a drift needs a unit, e.g. 20ppm")]
    [TestCase("clocks:\n  default:\n    offset: normal(mean=0ms, stddev=-1ms)\n", 22, 37, "-1ms: a duration cannot be negative")]
    [TestCase("clocks:\n  default:\n    ofset: 1ms\n", 22, 5, "unknown key 'ofset'; did you mean 'offset'?")]
    [TestCase("clocks:\n  defaults:\n    offset: 1ms\n", 21, 3, "unknown key 'defaults'; did you mean 'default'?")]
    public void Reports_a_bad_clock_at_its_position(string clocks, int line, int column, string message)
    {
        Errors.AssertSingle(Scenarios.FiveRegions + clocks, line, column, message);
    }

    [Test]
    public void A_region_may_set_sync_error_when_the_default_resyncs()
    {
        var scenario = Loaded.Scenario(Scenarios.FiveRegions + "clocks:\n  default:\n    sync-every: 30s\n  regions:\n    eu-west-1: { sync-error: 5ms }\n");

        Assert.That(ClockOf(scenario, "eu-west-1"), Is.EqualTo(ClockSpec.Perfect with { SyncEvery = SimDuration.FromSeconds(30), SyncError = SimDuration.FromMilliseconds(5) }));
    }

    [Test]
    public void Negative_offsets_are_for_clocks_only()
    {
        Errors.AssertSingle(Scenarios.FiveRegions + "faults:\n  - { type: slow-link, at: 1m, for: 1m, between: [us-east-1, eu-west-1], add: -10ms }\n", 21, 79, "-10ms: a duration cannot be negative");
    }
}
