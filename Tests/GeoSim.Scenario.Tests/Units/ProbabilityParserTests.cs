using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class ProbabilityParserTests
{
    [TestCase("0", 0.0)]
    [TestCase("0.001", 0.001)]
    [TestCase("0.1%", 0.001)]
    [TestCase("90%", 0.9)]
    [TestCase("1", 1.0)]
    [TestCase("100%", 1.0)]
    public void Parses_a_fraction_or_a_percentage(string text, double expected)
    {
        Assert.That(ProbabilityParser.TryParse(text, out var probability, out var error), Is.True, error);
        Assert.That(probability, Is.EqualTo(expected));
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    [TestCase("101%")]
    [TestCase("0,5")]
    [TestCase("often")]
    public void Rejects_anything_outside_0_to_1(string text)
    {
        Assert.That(ProbabilityParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo($"'{text}' is not a probability; expected a number from 0 to 1 or a percentage, e.g. 0.9 or 90%"));
    }
}
