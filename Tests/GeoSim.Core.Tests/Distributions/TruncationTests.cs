using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using MathNet.Numerics.Distributions;

namespace GeoSim.Core.Tests.Distributions;

/// <summary>Durations are the distribution truncated at zero (conditioned, not clamped) and clamped at 365 days.</summary>
public class TruncationTests
{
    private const int Samples = 200_000;
    private const double Sigma = 10e6; // 10ms

    private static double MeanDuration(Distribution distribution, int seed = 7)
    {
        var rng = new RandomStreams(seed).Get("test");
        var sum = 0.0;
        for (var i = 0; i < Samples; i++)
        {
            sum += distribution.SampleDuration(rng).Nanos;
        }
        return sum / Samples;
    }

    [Test]
    public void A_zero_mean_normal_has_the_half_normal_mean()
    {
        // E[X | X ≥ 0] for N(0, σ²) is σ·√(2/π) = 7.979ms; clamping at zero would give half of it.
        Assert.That(MeanDuration(new NormalDistribution(0, Sigma)), Is.EqualTo(Sigma * Math.Sqrt(2 / Math.PI)).Within(1).Percent);
    }

    [TestCase(-1.0)]
    [TestCase(-3.0)]
    public void A_negative_mean_normal_has_the_truncated_mean(double meanInSigmas)
    {
        // E[X | X ≥ 0] = μ + σ·φ(α)/(1 − Φ(α)), α = −μ/σ.
        var alpha = -meanInSigmas;
        var expected = Sigma * (meanInSigmas + Normal.PDF(0, 1, alpha) / (1 - Normal.CDF(0, 1, alpha)));
        Assert.That(MeanDuration(new NormalDistribution(meanInSigmas * Sigma, Sigma)), Is.EqualTo(expected).Within(1).Percent);
    }

    [Test]
    public void A_normal_that_never_goes_negative_draws_as_before()
    {
        var normal = new NormalDistribution(40e6, 2e6);
        var a = new RandomStreams(3).Get("test");
        var b = new RandomStreams(3).Get("test");
        for (var i = 0; i < 10_000; i++)
        {
            Assert.That(normal.SampleNonNegative(a), Is.EqualTo(normal.Sample(b)));
        }
    }

    [Test]
    public void Each_term_of_a_sum_and_each_component_of_a_mixture_is_truncated_on_its_own()
    {
        var halfNormalMean = Sigma * Math.Sqrt(2 / Math.PI);
        var half = new NormalDistribution(0, Sigma);
        Assert.Multiple(() =>
        {
            Assert.That(MeanDuration(new SumDistribution([half, half])), Is.EqualTo(2 * halfNormalMean).Within(1).Percent);
            Assert.That(MeanDuration(new MixtureDistribution([new(0.5, half), new(0.5, new ConstantDistribution(0))])),
                Is.EqualTo(0.5 * halfNormalMean).Within(1.5).Percent);
        });
    }

    [Test]
    public void Draws_beyond_365_days_are_clamped_there()
    {
        var rng = new RandomStreams(1).Get("test");
        var heavy = new ParetoDistribution(1e6, 0.01);
        var draws = Enumerable.Range(0, 1000).Select(_ => heavy.SampleDuration(rng).Nanos).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Distribution.MaxDrawNanos, Is.EqualTo(365L * 86_400 * 1_000_000_000));
            Assert.That(draws.Max(), Is.EqualTo(Distribution.MaxDrawNanos), "the heavy tail reaches the clamp");
            Assert.That(draws.Min(), Is.GreaterThanOrEqualTo(1_000_000));
            Assert.That(new NormalDistribution(0, 1e30).SampleSignedNanos(rng), Is.InRange(-Distribution.MaxDrawNanos, Distribution.MaxDrawNanos));
        });
    }
}
