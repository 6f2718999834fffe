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

    [Test]
    public void NullIsEmpty() => Assert.That(CsvNumber.Write(null, "test"), Is.Empty);

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void NonFiniteThrowsNamingWhere(double value) =>
        Assert.That(() => CsvNumber.Write(value, "summary.csv x p99"),
            Throws.InvalidOperationException.With.Message.Contains("summary.csv x p99"));
}
