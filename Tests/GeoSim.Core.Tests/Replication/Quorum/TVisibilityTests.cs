using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>t-visibility from the simulator's probe reads, against PBS's model computed independently and against closed forms.</summary>
public class TVisibilityTests
{
    private static readonly double[] At = [0, 0.5, 1, 2, 5, 10, 20, 50];

    /// <summary>One region of three nodes, 0 ms inside, N = 3 over them, every message delayed by an exponential WARS draw.</summary>
    private static ScenarioSpec Synthetic(int r, int w, double writeMeanMs, long seed = 1, double durationS = 30)
    {
        var wars = new WarsDelays(QuorumScenarios.Exponential(writeMeanMs), QuorumScenarios.Exponential(1), QuorumScenarios.Exponential(1), QuorumScenarios.Exponential(1));
        var spec = QuorumScenarios.Spec(new Placement(3, null, [A]), write: $"{w}", read: $"{r}") with { Wars = wars };
        // A million keys: each is written about once, so a probe sees its own write, as PBS assumes.
        return QuorumScenarios.Build(spec, (_, _) => 0, rate: 200, readFraction: 0.5, durationS: durationS, [("lan", 3)], seed, keys: 1_000_000)
            .WithProbes(At);
    }

    [TestCase(0.25)]
    [TestCase(10.0)]
    public void The_synthetic_exponential_model_matches_an_independent_monte_carlo(double writeMeanMs)
    {
        var result = TestScenarios.Run(Synthetic(r: 1, w: 1, writeMeanMs));
        var expected = PbsModel.Consistency(3, 1, 1, PbsModel.Exponential(writeMeanMs), PbsModel.Exponential(1), PbsModel.Exponential(1),
            PbsModel.Exponential(1), At, trials: 200_000, seed: 7);

        Assert.Multiple(() =>
        {
            for (var k = 0; k < At.Length; k++)
            {
                var probes = result.Probes(At[k]);
                // Four standard errors of the simulated share, plus the Monte Carlo's own.
                var tolerance = 4 * Math.Sqrt(expected[k] * (1 - expected[k]) / probes) + 0.005;
                Assert.That(probes, Is.GreaterThan(2500), $"t = {At[k]} ms");
                Assert.That(result.Visibility(At[k]), Is.EqualTo(expected[k]).Within(tolerance), $"t = {At[k]} ms");
            }
        });
    }

    [Test]
    public void The_papers_synthetic_figures_hold_within_two_points_at_t_0()
    {
        // PBS, section 5.2: W mean 0.25 ms, A = R = S mean 1 ms: about 94 % at t = 0; W mean 10 ms: about 41 %.
        Assert.Multiple(() =>
        {
            Assert.That(TestScenarios.Run(Synthetic(1, 1, 0.25)).Visibility(0), Is.EqualTo(0.94).Within(0.02));
            Assert.That(TestScenarios.Run(Synthetic(1, 1, 10)).Visibility(0), Is.EqualTo(0.41).Within(0.02));
        });
    }

    [TestCase(2, 2, Resolution.Lww)]
    [TestCase(1, 3, Resolution.Lww)]
    [TestCase(3, 1, Resolution.Lww)]
    [TestCase(2, 2, Resolution.Siblings)]
    [TestCase(1, 3, Resolution.HlcLww)]
    public void With_r_plus_w_above_n_no_probe_is_ever_stale_over_twenty_seeds(int r, int w, Resolution resolution)
    {
        var probes = 0L;
        for (var seed = 1; seed <= 20; seed++)
        {
            var scenario = Synthetic(r, w, writeMeanMs: 10, seed, durationS: 3);
            var spec = (QuorumSpec)scenario.Strategies[0] with { Resolution = resolution };
            // A thousand keys: writes of one key overlap, so a probe may meet newer writes in flight too.
            var result = TestScenarios.Run(scenario with { Strategies = [spec], Workload = scenario.Workload with { Keys = 1000 } });
            Assert.That(result.Visibility.Select(p => p.Consistent), Is.EqualTo(result.Visibility.Select(p => p.Probes)), $"seed {seed}");
            probes += result.Visibility.Sum(p => p.Probes);
        }
        Assert.That(probes, Is.GreaterThan(40_000));
    }

    /// <summary>
    /// The closed form P(stale) = C(N − W, R) / C(N, R): only W replicas have the write and a read asks
    /// R of the N at random. Writes come from a, whose messages to c and d are cut (one way) for the
    /// whole run, so only b ever has a write (W = 1); probes start in e, equally far from b, c and d,
    /// and ask the R replicas they need (ties in random order).
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Reading_r_random_replicas_when_only_w_have_the_write_is_stale_with_the_hypergeometric_chance(int r)
    {
        var spec = QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, B, C, D), write: "1", read: $"{r}", targets: ReadTargets.Needed);
        var run = SimDuration.FromSeconds(30);
        var scenario = QuorumScenarios.Build(spec, (_, _) => 10, rate: 100, readFraction: 0, durationS: run.TotalSeconds,
                [("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)], keys: 1_000_000,
                faults: [new PartitionFault(SimDuration.Zero, run, A, C, OneWay: true), new PartitionFault(SimDuration.Zero, run, A, D, OneWay: true)])
            .WithProbes([0, 100], ProbeOrigin.Region, new RegionId(4));

        var result = TestScenarios.Run(scenario);
        var stale = PbsModel.Choose(3 - 1, r) / PbsModel.Choose(3, r);
        var probes = result.Probes(0);
        Assert.Multiple(() =>
        {
            Assert.That(probes, Is.GreaterThan(2500));
            Assert.That(1 - result.Visibility(0), Is.EqualTo(stale).Within(4 * Math.Sqrt(stale * (1 - stale) / probes) + 1e-9));
            Assert.That(1 - result.Visibility(100), Is.EqualTo(stale).Within(4 * Math.Sqrt(stale * (1 - stale) / probes) + 1e-9), "nothing repairs c and d");
        });
    }

    [Test]
    public void Probes_are_deterministic_and_change_with_the_seed()
    {
        var first = TestScenarios.Run(Synthetic(1, 1, 10, seed: 3, durationS: 5));
        var again = TestScenarios.Run(Synthetic(1, 1, 10, seed: 3, durationS: 5));
        var other = TestScenarios.Run(Synthetic(1, 1, 10, seed: 4, durationS: 5));
        Assert.Multiple(() =>
        {
            Assert.That(again.Visibility, Is.EqualTo(first.Visibility));
            Assert.That(again.Summary, Is.EqualTo(first.Summary));
            Assert.That(other.Visibility, Is.Not.EqualTo(first.Visibility));
        });
    }

    [Test]
    public void The_time_to_99_9_percent_is_interpolated_between_probed_delays_and_censored_when_never_reached()
    {
        VisibilityPoint P(double t, long consistent) => new(t, 1000, consistent);
        Assert.Multiple(() =>
        {
            Assert.That(VisibilityProbes.TimeToTarget([P(0, 900), P(10, 998), P(20, 1000)]), Is.EqualTo(15).Within(1e-9));
            Assert.That(VisibilityProbes.TimeToTarget([P(0, 999), P(10, 1000)]), Is.EqualTo(0));
            Assert.That(VisibilityProbes.TimeToTarget([P(0, 500), P(10, 990)]), Is.Null);
        });
    }

    [Test]
    public void The_wilson_interval_holds_the_share_and_stays_in_zero_one()
    {
        var half = new VisibilityPoint(0, 100, 50).Ci95;
        var all = new VisibilityPoint(0, 100, 100).Ci95;
        Assert.Multiple(() =>
        {
            // Wilson's interval for 50 of 100: 0.4038 to 0.5962.
            Assert.That(half.Low, Is.EqualTo(0.4038).Within(1e-4));
            Assert.That(half.High, Is.EqualTo(0.5962).Within(1e-4));
            Assert.That(all.High, Is.EqualTo(1));
            Assert.That(all.Low, Is.EqualTo(0.9630).Within(1e-4));
        });
    }
}
