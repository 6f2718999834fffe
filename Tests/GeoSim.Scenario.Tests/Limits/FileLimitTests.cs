using System.Diagnostics;
using GeoSim.Core.Distributions;
using GeoSim.Scenario.Expressions;
using GeoSim.Scenario.Limits;

namespace GeoSim.Scenario.Tests.Limits;

/// <summary>Scenario and sample files are read only when they are regular files under the cap, and errors never show their content.</summary>
public class FileLimitTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("geosim-files-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs <paramref name="load"/> with a time bound: a read that blocks (a pipe) must fail the test, not hang it.</summary>
    private static T Within<T>(Func<T> load)
    {
        var task = Task.Run(load);
        Assert.That(task.Wait(TimeSpan.FromSeconds(10)), Is.True, "finished within 10 s");
        return task.Result;
    }

    private static ScenarioError Single(string path) => Within(() => ScenarioLoader.LoadFile(path)).Errors.Single();

    [Test]
    public void A_device_is_refused_without_reading_it()
    {
        Assert.That(Single("/dev/zero").ToString(), Is.EqualTo("/dev/zero:1:1: error: '/dev/zero' is empty, or is not a regular file (a device or a pipe)"));
    }

    [Test]
    public void A_pipe_is_refused_without_blocking()
    {
        var fifo = Path.Combine(_directory, "fifo.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo made the pipe");
        }
        Assert.That(Single(fifo).Message, Is.EqualTo("'" + fifo + "' is empty, or is not a regular file (a device or a pipe)"));
    }

    [Test]
    public void A_folder_is_refused()
    {
        Assert.That(Single(_directory).Message, Is.EqualTo($"'{_directory}' is a folder, not a file"));
    }

    [Test]
    public void A_file_over_the_cap_is_refused_with_its_size()
    {
        var big = Path.Combine(_directory, "big.yaml");
        File.WriteAllBytes(big, new byte[ScenarioLimits.MaxScenarioFileBytes + 1]);
        Assert.That(Single(big).Message, Is.EqualTo($"'{big}' is 1 MiB; files of at most 1 MiB are read"));
    }

    [Test]
    public void A_file_that_is_not_a_scenario_gets_one_error_that_does_not_show_it()
    {
        var secret = Path.Combine(_directory, "shadow");
        File.WriteAllText(secret, "root:$6$secret-hash:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n");
        var errors = ScenarioLoader.LoadFile(secret).Errors;
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Count.EqualTo(1));
            Assert.That(errors[0].Message, Does.StartWith("this is not a scenario: none of its top-level keys is one of name, description"));
            Assert.That(errors[0].Message, Does.Not.Contain("secret").And.Not.Contain("root"));
        });
    }

    [Test]
    public void A_sample_file_that_is_a_device_is_refused()
    {
        var result = Within(() => DistributionParser.Parse("empirical(file=/dev/zero)", _directory));
        Assert.That(result.Errors.Single().Message, Is.EqualTo("sample file '/dev/zero' is empty, or is not a regular file (a device or a pipe)"));
    }

    [TestCase("../samples.csv")]
    [TestCase("sub/../../samples.csv")]
    public void A_relative_sample_path_that_leaves_the_scenario_folder_is_refused(string file)
    {
        var scenarioFolder = Directory.CreateDirectory(Path.Combine(_directory, "scenario")).FullName;
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "1ms\n");
        var result = DistributionParser.Parse($"empirical(file={file})", scenarioFolder);
        Assert.That(result.Errors.Single().Message,
            Is.EqualTo($"file={file} leaves the scenario's folder; put the file in that folder (or below it), or give an absolute path"));
    }

    [Test]
    public void Sample_paths_below_the_folder_and_absolute_paths_are_read()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        File.WriteAllText(Path.Combine(_directory, "data", "samples.csv"), "1ms\n2ms\n");
        var absolute = Path.Combine(_directory, "data", "samples.csv");
        Assert.Multiple(() =>
        {
            Assert.That(DistributionParser.Parse("empirical(file=data/samples.csv)", _directory).Value, Is.EqualTo(new EmpiricalDistribution([1e6, 2e6])));
            Assert.That(DistributionParser.Parse($"empirical(file={absolute})", Path.GetTempPath()).Value, Is.EqualTo(new EmpiricalDistribution([1e6, 2e6])));
        });
    }

    [Test]
    public void A_bad_sample_line_is_named_by_its_number_never_by_its_content()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "1ms\nroot:$6$secret-hash:20228\n");
        var message = DistributionParser.Parse("empirical(file=samples.csv)", _directory).Errors.Single().Message;
        Assert.Multiple(() =>
        {
            Assert.That(message, Is.EqualTo("samples.csv line 2: expected one duration between 0 and 365d per line, e.g. 40ms"));
            Assert.That(message, Does.Not.Contain("secret"));
        });
    }

    [Test]
    public void A_sample_over_365_days_is_refused()
    {
        File.WriteAllText(Path.Combine(_directory, "samples.csv"), "1ms\n400d\n");
        Assert.That(DistributionParser.Parse("empirical(file=samples.csv)", _directory).Errors.Single().Message,
            Is.EqualTo("samples.csv line 2: expected one duration between 0 and 365d per line, e.g. 40ms"));
    }
}
