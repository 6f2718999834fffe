using GeoSim.Core.Engine;
using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class DurationParserTests
{
    [TestCase("7ns", 7L)]
    [TestCase("250us", 250_000L)]
    [TestCase("40ms", 40_000_000L)]
    [TestCase("0.235ms", 235_000L)]
    [TestCase("1.5s", 1_500_000_000L)]
    [TestCase("2m", 120_000_000_000L)]
    [TestCase("1h", 3_600_000_000_000L)]
    [TestCase("1d", 86_400_000_000_000L)]
    [TestCase("0s", 0L)]
    [TestCase(".5s", 500_000_000L)]
    public void Parses_a_number_and_a_unit(string text, long expectedNanos)
    {
        Assert.That(DurationParser.TryParse(text, out var duration, out var error), Is.True, error);
        Assert.That(duration, Is.EqualTo(new SimDuration(expectedNanos)));
    }

    [TestCase("40", "40: a duration needs a unit, e.g. 40ms")]
    [TestCase("-5ms", "-5ms: a duration cannot be negative")]
    [TestCase("fast", "'fast' is not a duration; expected a number and a unit, e.g. 10ms")]
    [TestCase("40MS", "'40MS' has an unknown unit 'MS'; did you mean 'ms'?")]
    [TestCase("1,5s", "'1,5s' has an unknown unit ',5s'; expected one of ns, us, ms, s, m, h, d")]
    [TestCase("200000d", "200000d: the duration is too long (at most 365d, so that simulated time fits in nanoseconds)")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(DurationParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }

    [TestCase("-2s", -2_000_000_000L)]
    [TestCase("-250ms", -250_000_000L)]
    [TestCase("+1.5s", 1_500_000_000L)]
    [TestCase("0s", 0L)]
    public void A_signed_duration_may_be_negative(string text, long expectedNanos)
    {
        Assert.That(DurationParser.TryParseSigned(text, out var duration, out var error), Is.True, error);
        Assert.That(duration, Is.EqualTo(new SimDuration(expectedNanos)));
    }

    [TestCase("-2", "-2: a duration needs a unit, e.g. -2ms")]
    [TestCase("-200000d", "-200000d: the duration is too long (at most 365d, so that simulated time fits in nanoseconds)")]
    public void A_signed_duration_still_needs_a_unit_and_a_bound(string text, string expectedError)
    {
        Assert.That(DurationParser.TryParseSigned(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }

    [TestCase(600_000_000_000L, "10m")]
    [TestCase(90_000_000_000L, "90s")]
    [TestCase(86_400_000_000_000L, "1d")]
    [TestCase(1_500_000L, "1500us")]
    [TestCase(-2_000_000_000L, "-2s")]
    [TestCase(7L, "7ns")]
    [TestCase(0L, "0s")]
    public void Formats_in_the_largest_exact_unit(long nanos, string expected)
    {
        Assert.That(DurationParser.Format(new SimDuration(nanos)), Is.EqualTo(expected));
    }
}
