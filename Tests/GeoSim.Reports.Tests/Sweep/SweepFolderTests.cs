using System.Text.Json;
using GeoSim.Reports.Sweep;

namespace GeoSim.Reports.Tests.Sweep;

/// <summary>A sweep's folder goes through the run's atomic writer: run.json is the same marker, with kind sweep.</summary>
public sealed class SweepFolderTests
{
    [Test]
    public void The_marker_lists_every_file_and_says_sweep()
    {
        using var scratch = new ScratchFolder();
        var outDir = Path.Combine(scratch.Path, "lvs");

        SweepFolder.Write(outDir, new SweepInfo("lvs", "1.2.3", "2/3", 15, 15), dir => File.WriteAllText(Path.Combine(dir, "runs.csv"), "x\n"));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "run.json")));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("format").GetString(), Is.EqualTo("geosim-output-1"));
            Assert.That(root.GetProperty("scenario").GetString(), Is.EqualTo("lvs"));
            Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("sweep"));
            Assert.That(root.GetProperty("shard").GetString(), Is.EqualTo("2/3"));
            Assert.That(root.GetProperty("complete").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("files").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "run.json", "runs.csv" }));
            Assert.That(SweepFolder.IsSweep(outDir), Is.True);
            Assert.That(Directory.GetDirectories(scratch.Path), Has.Length.EqualTo(1), "no temporary folder left beside it");
        });
    }

    [Test]
    public void A_sweep_folder_is_replaced_for_the_same_sweep_and_guarded_like_a_run()
    {
        using var scratch = new ScratchFolder();
        var outDir = Path.Combine(scratch.Path, "lvs");
        SweepFolder.Write(outDir, new SweepInfo("lvs", "1", null, 2, 1), dir => File.WriteAllText(Path.Combine(dir, "old.csv"), "x\n"));

        var same = OutputGuard.Check(outDir, "lvs", force: false);
        var other = OutputGuard.Check(outDir, "quickstart", force: false);
        SweepFolder.Write(outDir, new SweepInfo("lvs", "1", null, 2, 2), dir => File.WriteAllText(Path.Combine(dir, "new.csv"), "y\n"));

        Assert.Multiple(() =>
        {
            Assert.That(same.Ok, Is.True, same.Problem);
            Assert.That(other.Problem, Does.Contain("holds GeoSim's results of scenario lvs"));
            Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "new.csv", "run.json" }), "the old files are gone");
            Assert.That(SweepFolder.IsSweep(outDir), Is.True);
        });
    }

    [Test]
    public void A_runs_folder_is_not_a_sweep()
    {
        using var scratch = new ScratchFolder();
        var outDir = Path.Combine(scratch.Path, "run");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "run.json"), "{\"format\": \"geosim-output-1\", \"scenario\": \"q\", \"files\": [\"run.json\"]}");

        Assert.That(SweepFolder.IsSweep(outDir), Is.False);
    }
}
