using GeoSim.Cli.Sweep;
using GeoSim.Scenario;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>A loader error in a variant's text points back to the sweep file inside a replaced value, and to the scenario elsewhere.</summary>
public class SplicedScenarioTests
{
    private const string Original = "a: 1\nb: [x, yy, z]\nc: 3\n";

    private static SplicedScenario Splice() => new(Original,
    [
        // yy (line 2, columns 8-9) becomes the quoted "long value"; x (column 5) becomes q.
        new TextSplice(Original.IndexOf("yy", StringComparison.Ordinal), Original.IndexOf("yy", StringComparison.Ordinal) + 2, new SweepText("long value", 10, 20)),
        new TextSplice(Original.IndexOf('x'), Original.IndexOf('x') + 1, new SweepText("q", 11, 5)),
    ]);

    [Test]
    public void The_text_holds_the_values_quoted_where_needed() =>
        Assert.That(Splice().Text, Is.EqualTo("a: 1\nb: [q, \"long value\", z]\nc: 3\n"));

    [TestCase(2, 10, "sweep.yaml", 10, 21)] // the 'o' of "long value" (offset 1 after the quote)
    [TestCase(2, 5, "sweep.yaml", 11, 5)]   // q
    [TestCase(2, 22, "s.yaml", 2, 12)]      // z, shifted right by the longer value
    [TestCase(3, 4, "s.yaml", 3, 4)]        // a later line is untouched
    public void An_error_maps_back(int line, int column, string file, int expectedLine, int expectedColumn)
    {
        var mapped = Splice().Map(new ScenarioError("s.yaml", line, column, "bad"), "sweep.yaml", "v");

        Assert.That((mapped.File, mapped.Line, mapped.Column), Is.EqualTo((file, expectedLine, expectedColumn)));
    }
}
