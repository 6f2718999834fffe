using GeoSim.Core.Spec;
using GeoSim.Scenario.Expressions;

namespace GeoSim.Scenario.Tests.Expressions;

public class KeyDistributionParserTests
{
    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData("uniform", new UniformKeys());
        yield return new TestCaseData("zipf(1.1)", new ZipfKeys(1.1));
        yield return new TestCaseData("hotspot(keys=1%, share=90%)", new HotspotKeys(0.01, 0.9));
        yield return new TestCaseData("hotspot(share=0.5, keys=0.1)", new HotspotKeys(0.1, 0.5));
    }

    [TestCaseSource(nameof(Forms))]
    public void Parses_every_form(string text, KeyDistributionSpec expected)
    {
        Assert.That(KeyDistributionParser.Parse(text).Value, Is.EqualTo(expected));
    }

    [TestCase("zipf(0)", 5, "zipf: s must be > 0, found 0")]
    [TestCase("zipf", 4, "expected '(' after zipf, e.g. zipf(1.1), found the end of the text")]
    [TestCase("zipff(1.1)", 0, "unknown key distribution 'zipff'; did you mean 'zipf'?")]
    [TestCase("random", 0, "unknown key distribution 'random'; expected uniform, zipf(s) or hotspot(keys=1%, share=90%)")]
    [TestCase("hotspot(keys=0%, share=90%)", 13, "hotspot: 0% must be > 0")]
    [TestCase("hotspot(keys=1%)", 0, "hotspot needs 'share', e.g. hotspot(keys=1%, share=90%)")]
    public void Reports_an_error_at_its_offset(string text, int offset, string message)
    {
        Assert.That(KeyDistributionParser.Parse(text).Errors, Is.EqualTo(new[] { new ExpressionError(offset, message) }));
    }
}
