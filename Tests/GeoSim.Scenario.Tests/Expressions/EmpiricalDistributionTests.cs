using GeoSim.Core.Distributions;
using GeoSim.Scenario.Expressions;

namespace GeoSim.Scenario.Tests.Expressions;

public class EmpiricalDistributionTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("geosim-empirical-").FullName;
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Reads_one_duration_per_line_in_nanoseconds_skipping_blanks_and_comments()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "# measured\n1ms\n\n2ms\n3.5ms\n");

        var result = DistributionParser.Parse("empirical(file=samples.csv)", _directory);

        Assert.That(result.Value, Is.EqualTo(new EmpiricalDistribution([1e6, 2e6, 3.5e6])));
    }

    [Test]
    public void Bare_numbers_take_the_unit_argument()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "100\n250\n");

        var result = DistributionParser.Parse("empirical(file=samples.csv, unit=us)", _directory);

        Assert.That(result.Value, Is.EqualTo(new EmpiricalDistribution([100_000, 250_000])));
    }

    [Test]
    public void A_bare_number_without_the_unit_argument_names_the_line()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "1ms\n40\n");

        var result = DistributionParser.Parse("empirical(file=samples.csv)", _directory);

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new ExpressionError(15, "samples.csv line 2: a bare number; give the unit of the file: empirical(file=..., unit=ms)"),
        }));
    }

    [Test]
    public void A_missing_file_is_reported_at_the_file_argument()
    {
        var result = DistributionParser.Parse("empirical(file=missing.csv)", _directory);

        Assert.That(result.Errors.Single().Offset, Is.EqualTo(15));
        Assert.That(result.Errors.Single().Message, Does.StartWith("sample file 'missing.csv' not found (looked for "));
    }

    [Test]
    public void An_empty_file_is_an_error()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "# nothing yet\n");

        var result = DistributionParser.Parse("empirical(file=samples.csv)", _directory);

        Assert.That(result.Errors, Is.EqualTo(new[] { new ExpressionError(15, "sample file 'samples.csv' has no values") }));
    }
}
