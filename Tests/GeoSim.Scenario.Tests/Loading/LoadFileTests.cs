using GeoSim.Core.Distributions;

namespace GeoSim.Scenario.Tests.Loading;

public class LoadFileTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("geosim-scenario-").FullName;
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_missing_file_is_one_error_at_the_start()
    {
        var path = Path.Combine(_directory, "nope.yaml");

        var result = ScenarioLoader.LoadFile(path);

        Assert.That(result.Ok, Is.False);
        Assert.That(result.Errors, Is.EqualTo(new[] { new ScenarioError(path, 1, 1, "file not found") }));
        Assert.That(result.Errors[0].ToString(), Is.EqualTo($"{path}:1:1: error: file not found"));
    }

    [Test]
    public void Empirical_samples_are_found_next_to_the_scenario_file()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        File.WriteAllText(Path.Combine(_directory, "data", "rtt.csv"), "30\n40\n");
        var path = Path.Combine(_directory, "s.yaml");
        File.WriteAllText(path, Scenarios.Minimal + "network:\n  intra-region:\n    latency: empirical(file=data/rtt.csv, unit=ms)\n");

        var result = ScenarioLoader.LoadFile(path);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Link("us-east-1", "us-east-1").Latency, Is.EqualTo(new EmpiricalDistribution([30e6, 40e6])));
    }

    [Test]
    public void Errors_name_the_file_as_given()
    {
        var path = Path.Combine(_directory, "s.yaml");
        File.WriteAllText(path, Scenarios.Minimal.Replace("duration: 10s", "duration: 10"));

        Assert.That(ScenarioLoader.LoadFile(path).Errors.Single().ToString(), Is.EqualTo($"{path}:2:11: error: 10: a duration needs a unit, e.g. 10ms"));
    }
}
