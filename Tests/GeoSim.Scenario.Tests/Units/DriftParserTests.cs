using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class DriftParserTests
{
    [TestCase("20ppm", 20.0)]
    [TestCase("0ppm", 0.0)]
    [TestCase("-35.5ppm", -35.5)]
    [TestCase("100000ppm", 100_000.0)]
    [TestCase("-100000ppm", -100_000.0)]
    public void Parses_parts_per_million_of_either_sign(string text, double expected)
    {
        Assert.That(DriftParser.TryParse(text, out var ppm, out var error), Is.True, error);
        Assert.That(ppm, Is.EqualTo(expected));
    }

    [TestCase("20", "20: a drift needs a unit, e.g. 20ppm")]
    [TestCase("20ppb", "'20ppb' has an unknown unit 'ppb'; did you mean 'ppm'?")]
    [TestCase("100001ppm", "100001ppm: a drift must be within ±100000ppm")]
    [TestCase("-100001ppm", "-100001ppm: a drift must be within ±100000ppm")]
    [TestCase("fast", "'fast' is not a drift; expected a number and a unit, e.g. 10ppm")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(DriftParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }
}
