using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Tests.Units;

public class BandwidthParserTests
{
    [TestCase("500bps", 500.0)]
    [TestCase("1Kbps", 1e3)]
    [TestCase("100Mbps", 1e8)]
    [TestCase("2.5Gbps", 2.5e9)]
    [TestCase("10Gbps", 1e10)]
    public void Parses_bits_per_second(string text, double expected)
    {
        Assert.That(BandwidthParser.TryParse(text, out var bitsPerSecond, out var error), Is.True, error);
        Assert.That(bitsPerSecond, Is.EqualTo(expected));
    }

    [TestCase("100", "100: a bandwidth needs a unit, e.g. 100Mbps")]
    [TestCase("0Mbps", "0Mbps: a bandwidth must be > 0 (leave it out for unlimited)")]
    [TestCase("1MBps", "'1MBps' has an unknown unit 'MBps'; did you mean 'Mbps'?")]
    public void Rejects_with_a_hint(string text, string expectedError)
    {
        Assert.That(BandwidthParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expectedError));
    }
}
