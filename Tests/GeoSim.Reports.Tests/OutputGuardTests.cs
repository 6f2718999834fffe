using System.Diagnostics;

namespace GeoSim.Reports.Tests;

/// <summary>The check before simulating: where a run may write its output folder, and why not.</summary>
public sealed class OutputGuardTests : ScratchFolderTest
{
    [Test]
    public void TheCurrentFolderIsRefusedAndWhatItHoldsIsNamed()
    {
        var project = UserFolder("proj", "thesis.tex", "notes.md");

        var check = OutputGuard.Check(project, "quickstart", force: true, currentFolder: project, home: "/nonexistent");

        Assert.That(check.Problem, Is.EqualTo(
            "is the current folder and holds 2 entries GeoSim did not write: notes.md, thesis.tex. GeoSim replaces its output " +
            "folder as a whole, so it must be a folder of its own: give a new path, e.g. --out results/quickstart"));
    }

    [Test]
    public void AnEmptyCurrentFolderIsRefusedToo()
    {
        var project = UserFolder("proj");

        Assert.That(OutputGuard.Check(project, "quickstart", false, project, "/nonexistent").Problem, Does.StartWith("is the current folder. "));
    }

    [Test]
    public void AParentOfTheCurrentFolderIsRefused()
    {
        var project = UserFolder("proj");

        Assert.That(OutputGuard.Check(_scratch.Path, "quickstart", false, project, "/nonexistent").Problem,
            Does.StartWith("is a parent of the current folder and holds 1 entry GeoSim did not write: proj/."));
    }

    [Test]
    public void TheHomeFolderIsRefused()
    {
        var home = UserFolder("home", ".bashrc");

        Assert.That(OutputGuard.Check(home + "/", "quickstart", false, "/nonexistent", home).Problem,
            Does.StartWith("is your home folder and holds 1 entry GeoSim did not write: .bashrc."));
    }

    [Test]
    public void TheRootFolderIsRefused() =>
        Assert.That(OutputGuard.Check("/", "quickstart", false, "/nonexistent", "/nonexistent").Problem, Does.StartWith("is the root folder"));

    [Test]
    public void AFolderHoldingUsersFilesIsRefusedEvenWithForce()
    {
        var folder = UserFolder("out", "data.csv");
        Directory.CreateDirectory(Path.Combine(folder, ".git"));

        var check = OutputGuard.Check(folder, "quickstart", true);

        Assert.That(check.Problem, Is.EqualTo(
            "holds 2 entries GeoSim did not write: .git/, data.csv. GeoSim never deletes files it did not write: " +
            "choose another path (--force replaces only a folder GeoSim wrote earlier)"));
    }

    [Test]
    public void ManyForeignEntriesAreCountedAndAFewNamed()
    {
        var folder = UserFolder("out", "a", "b", "c", "d", "e", "f", "g");

        Assert.That(OutputGuard.Check(folder, "quickstart", false).Problem,
            Does.StartWith("holds 7 entries GeoSim did not write: a, b, c, d, e and 2 more."));
    }

    [Test]
    public void ARunJsonWithoutGeoSimsSignatureDoesNotMakeAFolderGeoSims()
    {
        var folder = UserFolder("out", "summary.csv");
        File.WriteAllText(Path.Combine(folder, "run.json"), """{"scenario": "quickstart", "files": ["summary.csv", "run.json"]}""");

        Assert.That(OutputGuard.Check(folder, "quickstart", true).Problem, Does.Contain("2 entries GeoSim did not write: run.json, summary.csv"));
    }

    [Test]
    public void AResultOfAnOlderGeoSimWithoutTheMarkerIsRefusedWithAHint()
    {
        var folder = UserFolder("out", "summary.csv");
        File.WriteAllText(Path.Combine(folder, "run.json"), """{"scenario": "quickstart", "geosim_version": "0.0.9"}""");

        Assert.That(OutputGuard.Check(folder, "quickstart", true).Problem, Does.EndWith(
            "2 entries GeoSim did not write: run.json, summary.csv. GeoSim never deletes files it did not write: choose another path " +
            "(--force replaces only a folder GeoSim wrote earlier). Its run.json has no output marker: if an older GeoSim wrote it, delete the folder yourself"));
    }

    [Test]
    public void AMarkerListingAPathOutsideTheFolderIsNotOne()
    {
        var folder = UserFolder("out");
        File.WriteAllText(Path.Combine(folder, "run.json"), $$"""{"format": "{{OutputMarker.Format}}", "scenario": "q", "files": ["../thesis.tex", "run.json"]}""");

        Assert.That(OutputMarker.Read(folder), Is.Null);
    }

    [Test]
    public void AGeoSimFolderOfTheSameScenarioIsReplacedWithoutForce()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.That(OutputGuard.Check(_scratch.Out, "quickstart", force: false).Ok, Is.True);
    }

    [Test]
    public void AGeoSimFolderOfAnotherScenarioNeedsForce()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());

        Assert.Multiple(() =>
        {
            Assert.That(OutputGuard.Check(_scratch.Out, "faults-partition", force: false).Problem, Is.EqualTo(
                "holds GeoSim's results of scenario quickstart, and this run is faults-partition: add --force to replace them, or choose another path"));
            Assert.That(OutputGuard.Check(_scratch.Out, "faults-partition", force: true).Ok, Is.True);
        });
    }

    [Test]
    public void AMissingFolderIsFineAndTheCheckCreatesNothing()
    {
        var check = OutputGuard.Check(_scratch.Out, "quickstart", false);

        Assert.Multiple(() =>
        {
            Assert.That(check.Ok, Is.True, check.Problem);
            Assert.That(check.Path, Is.EqualTo(_scratch.Out));
            Assert.That(Directory.GetFileSystemEntries(_scratch.Path), Is.Empty);
        });
    }

    [TestCase("file", "is a file, not a folder: give another path")]
    [TestCase("file/sub/out", "its parent {scratch}/file is a file, not a folder")]
    [TestCase("link", "is a symbolic link (to {scratch}/target); GeoSim writes a folder of its own")]
    [TestCase("/proc/geosim", "is in /proc, a virtual file system of the kernel")]
    [TestCase("/sys/kernel/geosim", "is in /sys, a virtual file system of the kernel")]
    [TestCase("{232 bytes}", "its name is 232 bytes long; file systems allow 255 and GeoSim needs 24 for the temporary folder beside it, so at most 231")]
    [TestCase("{256 bytes}/out", "one of its folder names is 256 bytes long; file systems allow at most 255")]
    [TestCase("{4100 bytes}", "the path is")]
    [TestCase("a\0b", "is not a usable path")]
    public void APathThatCannotHoldAnOutputFolderIsRefusedAtOnce(string outDir, string problem)
    {
        File.WriteAllText(Path.Combine(_scratch.Path, "file"), "mine");
        Directory.CreateDirectory(Path.Combine(_scratch.Path, "target"));
        Directory.CreateSymbolicLink(Path.Combine(_scratch.Path, "link"), Path.Combine(_scratch.Path, "target"));
        var path = outDir.Replace("{232 bytes}", new string('n', 232)).Replace("{256 bytes}", new string('n', 256))
            .Replace("{4100 bytes}", string.Join('/', Enumerable.Repeat(new string('n', 200), 21)));
        var clock = Stopwatch.StartNew();

        var check = OutputGuard.Check(Path.Combine(_scratch.Path, path), "quickstart", false);

        Assert.Multiple(() =>
        {
            Assert.That(check.Problem, Does.StartWith(problem.Replace("{scratch}", _scratch.Path)));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(File.ReadAllText(Path.Combine(_scratch.Path, "file")), Is.EqualTo("mine"));
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AParentThatTakesNoNewFoldersIsRefused()
    {
        var locked = UserFolder("locked");
        using var _ = ReadOnlyFolder.Make(locked);

        var check = OutputGuard.Check(Path.Combine(locked, "results", "quickstart"), "quickstart", false);

        Assert.That(check.Problem, Does.StartWith($"cannot create folders in {locked}: "));
    }

    private string UserFolder(string name, params string[] files)
    {
        var folder = Path.Combine(_scratch.Path, name);
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file), "mine");
        }
        return folder;
    }
}
