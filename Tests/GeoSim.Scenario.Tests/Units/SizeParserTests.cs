using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class SizeParserTests
{
    [TestCase("512B", 512L)]
    [TestCase("1KB", 1_000L)]
    [TestCase("1.5KB", 1_500L)]
    [TestCase("4KiB", 4_096L)]
    [TestCase("1MB", 1_000_000L)]
    [TestCase("1MiB", 1_048_576L)]
    [TestCase("1GB", 1_000_000_000L)]
    [TestCase("2GiB", 2_147_483_648L)]
    public void Parses_bytes(string text, long expectedBytes)
    {
        Assert.That(SizeParser.TryParse(text, out var bytes, out var error), Is.True, error);
        Assert.That(bytes, Is.EqualTo(expectedBytes));
    }

    [TestCase("512", "512: a size needs a unit, e.g. 512B")]
    [TestCase("0.5B", "0.5B: a size must be a whole number of bytes")]
    [TestCase("-1KB", "-1KB: a size cannot be negative")]
    [TestCase("1Kb", "'1Kb' has an unknown unit 'Kb'; did you mean 'KB'?")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(SizeParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }
}
