using GeoSim.Core.Distributions;
using GeoSim.Scenario.Expressions;

namespace GeoSim.Scenario.Tests.Expressions;

public class DistributionParserTests
{
    private const double Ms = 1_000_000;

    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData("40ms", new ConstantDistribution(40 * Ms));
        yield return new TestCaseData("constant(40ms)", new ConstantDistribution(40 * Ms));
        yield return new TestCaseData("uniform(min=10ms, max=20ms)", new UniformDistribution(10 * Ms, 20 * Ms));
        yield return new TestCaseData("uniform( min = 10ms ,max=20ms )", new UniformDistribution(10 * Ms, 20 * Ms));
        yield return new TestCaseData("normal(mean=40ms, stddev=2ms)", new NormalDistribution(40 * Ms, 2 * Ms));
        yield return new TestCaseData("lognormal(median=80ms, sigma=0.3)", new LogNormalDistribution(80 * Ms, 0.3));
        yield return new TestCaseData("exponential(mean=5ms)", new ExponentialDistribution(5 * Ms));
        yield return new TestCaseData("pareto(scale=10ms, shape=2.5)", new ParetoDistribution(10 * Ms, 2.5));
        yield return new TestCaseData(
            "mixture(0.9: pareto(scale=0.235ms, shape=10), 0.1: exponential(mean=0.6ms))",
            new MixtureDistribution([new(0.9, new ParetoDistribution(235_000, 10)), new(0.1, new ExponentialDistribution(600_000))]));
        yield return new TestCaseData(
            "mixture(90%: 1ms, 10%: 2ms + exponential(mean=1ms))",
            new MixtureDistribution([
                new(0.9, new ConstantDistribution(Ms)),
                new(0.1, new SumDistribution([new ConstantDistribution(2 * Ms), new ExponentialDistribution(Ms)])),
            ]));
        yield return new TestCaseData(
            "38ms + lognormal(median=1ms, sigma=1)",
            new SumDistribution([new ConstantDistribution(38 * Ms), new LogNormalDistribution(Ms, 1)]));
        yield return new TestCaseData(
            "1ms+2ms+250us",
            new SumDistribution([new ConstantDistribution(Ms), new ConstantDistribution(2 * Ms), new ConstantDistribution(250_000)]));
    }

    [TestCaseSource(nameof(Forms))]
    public void Parses_every_form_into_nanoseconds(string text, Distribution expected)
    {
        var result = DistributionParser.Parse(text, ".");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Value, Is.EqualTo(expected));
    }

    [TestCase("gamma(shape=2)", 0, "unknown distribution 'gamma'; expected one of constant, uniform, normal, lognormal, exponential, pareto, mixture, empirical")]
    [TestCase("38ms + lognormel(median=1ms, sigma=1)", 7, "unknown distribution 'lognormel'; expected one of constant, uniform, normal, lognormal, exponential, pareto, mixture, empirical; did you mean 'lognormal'?")]
    [TestCase("40", 0, "40: a duration needs a unit, e.g. 40ms")]
    [TestCase("lognormal", 0, "lognormal needs arguments, e.g. lognormal(median=80ms, sigma=0.3)")]
    [TestCase("uniform(min=20ms, max=10ms)", 12, "uniform: min (20ms) is greater than max (10ms)")]
    [TestCase("uniform(min=10ms)", 0, "uniform needs 'max', e.g. uniform(min=10ms, max=20ms)")]
    [TestCase("uniform(mn=10ms, max=20ms)", 8, "uniform has no argument 'mn'; did you mean 'min'?")]
    [TestCase("uniform(min=1ms, min=2ms, max=3ms)", 17, "'min' is given twice")]
    [TestCase("normal(mean=40ms, stddev=0ms)", 25, "normal: stddev must be > 0")]
    [TestCase("lognormal(median=80ms, sigma=0)", 29, "lognormal: sigma must be > 0, found 0")]
    [TestCase("lognormal(median=80ms, sigma=0.3ms)", 29, "lognormal: sigma is a plain number without a unit, e.g. sigma=0.5; found '0.3ms'")]
    [TestCase("pareto(scale=10ms, shape=-1)", 25, "pareto: shape must be > 0, found -1")]
    [TestCase("exponential(mean=-5ms)", 17, "-5ms: a duration cannot be negative")]
    [TestCase("mixture(0.9: 1ms, 0.2: 2ms)", 0, "mixture weights add up to 1.1; they must add up to 1")]
    [TestCase("mixture(0.9 1ms)", 12, "expected ':' after the weight 0.9, found '1ms'")]
    [TestCase("38ms +", 6, "expected a duration (e.g. 40ms) or a distribution (e.g. lognormal(median=80ms, sigma=0.3)), found the end of the text")]
    [TestCase("uniform(min=10ms, max=20ms", 26, "expected ',' or ')', found the end of the text")]
    [TestCase("40ms)", 4, "expected '+' or the end of the expression, found ')'")]
    [TestCase("empirical(file=x.csv, unit=sec)", 27, "unknown unit 'sec'; expected one of ns, us, ms, s, m, h, d")]
    public void Reports_an_error_at_its_offset(string text, int offset, string message)
    {
        var result = DistributionParser.Parse(text, ".");

        Assert.That(result.Value, Is.Null);
        Assert.That(result.Errors, Is.EqualTo(new[] { new ExpressionError(offset, message) }));
    }

    [Test]
    public void Reports_every_bad_value_of_one_expression()
    {
        var result = DistributionParser.Parse("uniform(min=-1ms, max=2) + exponential(mean=0s)", ".");

        Assert.That(result.Errors.Select(e => e.Offset), Is.EqualTo(new[] { 12, 22, 44 }));
    }

    private static IEnumerable<TestCaseData> SignedForms()
    {
        yield return new TestCaseData("-250ms", new ConstantDistribution(-250 * Ms));
        yield return new TestCaseData("constant(-1s)", new ConstantDistribution(-1000 * Ms));
        yield return new TestCaseData("normal(mean=-2ms, stddev=1ms)", new NormalDistribution(-2 * Ms, Ms));
        yield return new TestCaseData("uniform(min=-5ms, max=5ms)", new UniformDistribution(-5 * Ms, 5 * Ms));
        yield return new TestCaseData("-3ms + exponential(mean=1ms)", new SumDistribution([new ConstantDistribution(-3 * Ms), new ExponentialDistribution(Ms)]));
    }

    [TestCaseSource(nameof(SignedForms))]
    public void A_signed_distribution_takes_negative_constants_means_and_bounds(string text, Distribution expected)
    {
        var result = DistributionParser.ParseSigned(text, ".");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Value, Is.EqualTo(expected));
    }

    [TestCase("normal(mean=0ms, stddev=-1ms)", 24, "-1ms: a duration cannot be negative")]
    [TestCase("exponential(mean=-5ms)", 17, "-5ms: a duration cannot be negative")]
    [TestCase("lognormal(median=-1ms, sigma=1)", 17, "-1ms: a duration cannot be negative")]
    public void A_signed_distribution_still_needs_positive_spreads_and_scales(string text, int offset, string message)
    {
        Assert.That(DistributionParser.ParseSigned(text, ".").Errors, Is.EqualTo(new[] { new ExpressionError(offset, message) }));
    }

    [TestCase("-250ms", 0)]
    [TestCase("normal(mean=-2ms, stddev=1ms)", 12)]
    public void Elsewhere_negative_durations_are_rejected(string text, int offset)
    {
        Assert.That(DistributionParser.Parse(text, ".").Errors.Select(e => e.Offset), Is.EqualTo(new[] { offset }));
    }
}
