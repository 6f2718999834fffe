using System.Diagnostics;
using System.Text.Json;

namespace GeoSim.Cli.Tests;

/// <summary>A run never deletes what GeoSim did not write, and says so before it simulates anything.</summary>
public class OutputFolderSafetyTests
{
    [Test]
    public void Out_dot_in_a_folder_with_files_is_refused_and_every_file_survives_byte_for_byte()
    {
        var project = UserProject();
        var before = Snapshot(project);

        var (exit, output, err, _) = GeoSimProcess.Run(project, "run", "quickstart", "--out", ".");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), err);
            Assert.That(err, Does.Contain($"geosim: --out {project}: is the current folder and holds 3 entries GeoSim did not write: .git/, data/, thesis.tex."));
            Assert.That(err, Does.Contain("--out results/quickstart"));
            Assert.That(output, Does.Not.Contain("events in"), "nothing may be simulated");
            Assert.That(Snapshot(project), Is.EqualTo(before));
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(project)!), Has.Length.EqualTo(1), "nothing beside it either");
        });
    }

    [Test]
    public void Out_at_a_folder_holding_a_users_file_is_refused_fast_and_the_file_survives()
    {
        var project = UserProject();
        var before = Snapshot(project);
        var clock = Stopwatch.StartNew();

        var (exit, output, err) = Cli.Run("run", "quickstart", "--out", project, "--force");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), err);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(err, Is.EqualTo($"geosim: --out {project}: holds 3 entries GeoSim did not write: .git/, data/, thesis.tex. " +
                "GeoSim never deletes files it did not write: choose another path (--force replaces only a folder GeoSim wrote earlier)\n"));
            Assert.That(output, Is.Empty);
            Assert.That(Snapshot(project), Is.EqualTo(before));
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(project)!), Has.Length.EqualTo(1));
        });
    }

    [TestCase("run", "quickstart")]
    [TestCase("compare", "read-routing")]
    [TestCase("replay", "quickstart")]
    public void Every_command_that_writes_results_refuses_a_users_folder(string command, string scenario)
    {
        var project = UserProject();
        var before = Snapshot(project);

        var (exit, output, err) = Cli.Run(command, scenario, "--out", project);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), err);
            Assert.That(err, Does.StartWith($"geosim: --out {project}: holds 3 entries GeoSim did not write"));
            Assert.That(output, Is.Empty);
            Assert.That(Snapshot(project), Is.EqualTo(before));
        });
    }

    [Test]
    public void Rerunning_into_the_default_folder_needs_no_flag_and_another_scenario_there_needs_force()
    {
        var work = Cli.TempDir();
        var quickstart = Path.Combine(work, "results", "quickstart");

        var first = GeoSimProcess.Run(work, "run", "--duration", "20s");
        var again = GeoSimProcess.Run(work, "run", "--duration", "20s", "--seed", "7");
        var other = GeoSimProcess.Run(work, "run", "faults-partition", "--duration", "20s", "--out", "results/quickstart");
        var forced = GeoSimProcess.Run(work, "run", "faults-partition", "--duration", "20s", "--out", "results/quickstart", "--force");

        Assert.Multiple(() =>
        {
            Assert.That(first.Exit, Is.EqualTo(0), first.Err);
            Assert.That(again.Exit, Is.EqualTo(0), again.Err);
            Assert.That(other.Exit, Is.EqualTo(2));
            Assert.That(other.Err, Does.Contain($"geosim: --out {quickstart}: holds GeoSim's results of scenario quickstart, and this run is faults-partition: add --force"));
            Assert.That(forced.Exit, Is.EqualTo(0), forced.Err);
            Assert.That(RunJson(quickstart).GetProperty("scenario").GetString(), Is.EqualTo("faults-partition"));
            Assert.That(Directory.GetFileSystemEntries(Path.Combine(work, "results")).Select(Path.GetFileName), Is.EqualTo(new[] { "quickstart" }));
        });
    }

    [TestCase("thesis.tex", "is a file, not a folder: give another path")]
    [TestCase("thesis.tex/results", "its parent {project}/thesis.tex is a file, not a folder")]
    [TestCase("/proc/geosim-results", "is in /proc, a virtual file system of the kernel, not a place for files")]
    [TestCase("{300 bytes}", "its name is 300 bytes long; file systems allow 255")]
    [TestCase("data/../..", "is a parent of the current folder")]
    public void An_output_path_that_cannot_be_used_is_refused_with_exit_2_before_simulating(string outDir, string reason)
    {
        var project = UserProject();
        var before = Snapshot(project);
        var path = Path.GetFullPath(Path.Combine(project, outDir.Replace("{300 bytes}", new string('r', 300))));
        var clock = Stopwatch.StartNew();
        var saved = Environment.CurrentDirectory;
        (int Exit, string Out, string Err) run;
        try
        {
            Environment.CurrentDirectory = Path.Combine(project, "data");
            run = Cli.Run("run", "quickstart", "--out", path);
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }

        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(2), run.Err);
            Assert.That(run.Err, Does.StartWith($"geosim: --out {path}: {reason.Replace("{project}", project)}"));
            Assert.That(run.Err, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(run.Out, Is.Empty, "nothing may be simulated");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(Snapshot(project), Is.EqualTo(before));
        });
    }

    /// <summary>A user's project: a file, a folder, a .git folder, each with content to compare.</summary>
    internal static string UserProject()
    {
        var project = Path.Combine(Cli.TempDir(), "thesis");
        Directory.CreateDirectory(Path.Combine(project, ".git"));
        Directory.CreateDirectory(Path.Combine(project, "data"));
        File.WriteAllText(Path.Combine(project, "thesis.tex"), "\\documentclass{article}\n");
        File.WriteAllBytes(Path.Combine(project, ".git", "HEAD"), [0x72, 0x65, 0x66, 0, 0xff]);
        File.WriteAllText(Path.Combine(project, "data", "latency.csv"), "region,ms\nus-east-1,3.5\n");
        return project;
    }

    internal static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);

    internal static JsonElement RunJson(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json"))).RootElement;
}
