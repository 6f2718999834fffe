using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Distributions;

public class DistributionTests
{
    private const int Samples = 100_000;

    private static IEnumerable<TestCaseData> Means()
    {
        yield return new TestCaseData(new ConstantDistribution(40), 40.0).SetName("constant");
        yield return new TestCaseData(new UniformDistribution(10, 20), 15.0).SetName("uniform");
        yield return new TestCaseData(new NormalDistribution(40, 2), 40.0).SetName("normal");
        yield return new TestCaseData(new LogNormalDistribution(80, 0.3), 80 * Math.Exp(0.045)).SetName("lognormal");
        yield return new TestCaseData(new ExponentialDistribution(5), 5.0).SetName("exponential");
        yield return new TestCaseData(new ParetoDistribution(10, 2.5), 2.5 * 10 / 1.5).SetName("pareto");
        yield return new TestCaseData(
            new MixtureDistribution([new WeightedDistribution(0.9, new ConstantDistribution(1)), new WeightedDistribution(0.1, new ExponentialDistribution(10))]),
            0.9 * 1 + 0.1 * 10).SetName("mixture");
        yield return new TestCaseData(new EmpiricalDistribution([1.0, 2, 3, 10]), 4.0).SetName("empirical");
        yield return new TestCaseData(new SumDistribution([new ConstantDistribution(38), new LogNormalDistribution(1, 1)]), 38 + Math.Exp(0.5))
            .SetName("sum");
    }

    [TestCaseSource(nameof(Means))]
    public void Sample_mean_is_within_one_percent_of_the_analytic_mean(Distribution distribution, double expected)
    {
        var rng = new RandomStreams(11).Get("test");
        var sum = 0.0;
        for (var i = 0; i < Samples; i++)
        {
            sum += distribution.Sample(rng);
        }
        Assert.Multiple(() =>
        {
            Assert.That(sum / Samples, Is.EqualTo(expected).Within(1).Percent);
            Assert.That(distribution.Mean, Is.EqualTo(expected).Within(1e-9).Percent);
        });
    }

    [TestCase(80.0, 0.3)]
    [TestCase(1.0, 1.0)]
    public void Lognormal_sample_median_is_within_one_percent_of_its_median(double median, double sigma)
    {
        Assert.That(SampleMedian(new LogNormalDistribution(median, sigma)), Is.EqualTo(median).Within(1).Percent);
    }

    [Test]
    public void Pareto_sample_median_is_scale_times_two_to_the_one_over_shape()
    {
        Assert.That(SampleMedian(new ParetoDistribution(10, 2.5)), Is.EqualTo(10 * Math.Pow(2, 1 / 2.5)).Within(1).Percent);
    }

    [Test]
    public void Durations_from_a_normal_are_truncated_at_zero()
    {
        var rng = new RandomStreams(3).Get("test");
        var normal = new NormalDistribution(1, 10);
        Assert.That(Enumerable.Range(0, 10_000).All(_ => normal.SampleDuration(rng).Nanos >= 0), Is.True);
    }

    private static double SampleMedian(Distribution distribution)
    {
        var rng = new RandomStreams(5).Get("test");
        var values = Enumerable.Range(0, Samples).Select(_ => distribution.Sample(rng)).Order().ToArray();
        return values[Samples / 2];
    }
}
