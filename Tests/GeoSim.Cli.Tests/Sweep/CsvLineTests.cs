using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Tests.Sweep;

/// <summary>The sweep's CSV fields survive a write and a read, whatever a varied value holds.</summary>
public class CsvLineTests
{
    [TestCase("20ms", "20ms")]
    [TestCase("normal(mean=20ms, sd=5ms)", "\"normal(mean=20ms, sd=5ms)\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase(" padded", "\" padded\"")]
    [TestCase("", "")]
    public void A_field_is_quoted_only_when_it_must_be(string field, string expected) =>
        Assert.That(CsvLine.Quote(field), Is.EqualTo(expected));

    [Test]
    public void Records_read_back_as_written()
    {
        string[][] records = [["a", "b,c", ""], ["x\ny", "\"q\"", "1.5"]];
        var text = string.Concat(records.Select(r => CsvLine.Join(r) + "\n"));

        var parsed = CsvLine.Parse(text);

        Assert.That(parsed, Is.EqualTo(records.Select(r => r.ToList()).ToList()));
    }

    [Test]
    public void An_unclosed_quote_is_not_a_file_GeoSim_wrote() => Assert.That(CsvLine.Parse("a,\"b\n"), Is.Null);
}
