using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class RateParserTests
{
    [TestCase("1000/s", 1000.0)]
    [TestCase("2.5/s", 2.5)]
    [TestCase("30/m", 0.5)]
    [TestCase("36/h", 0.01)]
    public void Parses_events_per_second(string text, double expected)
    {
        Assert.That(RateParser.TryParse(text, out var perSecond, out var error), Is.True, error);
        Assert.That(perSecond, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase("1000", "1000: a rate needs a unit, e.g. 1000/s")]
    [TestCase("10/d", "'10/d' has an unknown unit '/d'; did you mean '/s'?")]
    [TestCase("many", "'many' is not a rate; expected a number and a unit, e.g. 10/s")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(RateParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }
}
