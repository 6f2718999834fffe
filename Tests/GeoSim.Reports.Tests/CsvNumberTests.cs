namespace GeoSim.Reports.Tests;

public sealed class CsvNumberTests
{
    [TestCase(0.0, "0")]
    [TestCase(-0.0, "0")]
    [TestCase(-0.0000001, "0")]
    [TestCase(1.5, "1.5")]
    [TestCase(-2.25, "-2.25")]
    [TestCase(0.1234565001, "0.123457")]
    [TestCase(0.30000000000000004, "0.3")]
    [TestCase(1e12, "1000000000000")]
    [TestCase(123456789.123456, "123456789.123456")]
    public void FormatsFixedPointWithAtMostSixDecimals(double value, string expected) =>
        Assert.That(CsvNumber.Write(value, "test"), Is.EqualTo(expected));

    [TestCase(0.0)]
    [TestCase(-0.0000001)]
    [TestCase(0.1234565001)]
    [TestCase(-2.25)]
    [TestCase(1e12)]
    [TestCase(1e300)]
    public void TheBufferFormGivesTheSameText(double value)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.That(CsvNumber.Write(value, buffer, "test", "value").ToString(), Is.EqualTo(CsvNumber.Write(value, "test")));
    }

    [Test]
    public void TheBufferFormNamesWhereAndColumnOfANonFiniteNumber() =>
        Assert.That(() => CsvNumber.Write(double.NaN, new char[64], "timeseries.csv a b c", "time_s"),
            Throws.InvalidOperationException.With.Message.Contains("timeseries.csv a b c time_s"));

    [Test]
    public void NullIsEmpty() => Assert.That(CsvNumber.Write(null, "test"), Is.Empty);

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void NonFiniteThrowsNamingWhere(double value) =>
        Assert.That(() => CsvNumber.Write(value, "summary.csv x p99"),
            Throws.InvalidOperationException.With.Message.Contains("summary.csv x p99"));
}
