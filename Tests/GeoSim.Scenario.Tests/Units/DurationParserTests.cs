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
    [TestCase("200000d", "200000d: the duration is too long (at most about 106751d)")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(DurationParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }
}
