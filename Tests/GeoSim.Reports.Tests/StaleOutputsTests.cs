namespace GeoSim.Reports.Tests;

/// <summary>Siblings left by killed runs: removed or restored when GeoSim's marker proves them its own, else never touched.</summary>
public sealed class StaleOutputsTests : ScratchFolderTest
{
    // No process has this id (Linux caps ids at 2^22), so the run that made the folder is gone.
    private const string DeadRun = "99999999";

    [Test]
    public void RemovesTheUnfinishedFolderOfAKilledRun()
    {
        var stale = Sibling($"quickstart.tmp-{DeadRun}-abcd1234");
        Directory.CreateDirectory(Path.Combine(stale, "charts"));
        File.WriteAllText(Path.Combine(stale, OutputMarker.WritingFile), OutputMarker.Format + "\n");
        File.WriteAllText(Path.Combine(stale, "charts", "lag.svg"), "<svg/>");

        var check = Check();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(stale), Is.False);
            Assert.That(check.Notes, Has.One.Contains("unfinished output"));
        });
    }

    [Test]
    public void RemovesACompleteResultLeftBesideThePath()
    {
        var stale = Sibling($"quickstart.tmp-{DeadRun}-abcd1234");
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());
        OutputFolder.Write(stale, [SampleResults.Async()], SampleResults.Info());

        var check = Check();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(stale), Is.False);
            Assert.That(check.Notes, Has.One.Contains("left behind"));
            Assert.That(FolderSnapshot.IsCompleteResult(_scratch.Out), Is.True);
        });
    }

    [Test]
    public void RestoresAResultSetAsideByARunKilledBeforeTheNewOneMovedIn()
    {
        OutputFolder.Write(_scratch.Out, [SampleResults.Async()], SampleResults.Info());
        var before = FolderSnapshot.Take(_scratch.Out);
        Directory.Move(_scratch.Out, Sibling($"quickstart.old-{DeadRun}-abcd1234"));

        var check = Check();

        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Take(_scratch.Out), Is.EqualTo(before));
            Assert.That(FolderSnapshot.Siblings(_scratch.Out), Is.EqualTo(new[] { "quickstart" }));
            Assert.That(check.Notes, Has.One.Contains("restored"));
        });
    }

    [TestCase($"quickstart.tmp-{DeadRun}-abcd1234", "user folder")]
    [TestCase($"quickstart.tmp-{DeadRun}-abcd1234", "GeoSim result with a user's file")]
    [TestCase($"quickstart.tmp-{DeadRun}-abcd1234", "writing marker with other text")]
    [TestCase($"quickstart.old-{DeadRun}-abcd1234", "user folder")]
    [TestCase("quickstart.old-abcdefghijk", "GeoSim result")]
    [TestCase($"quickstart-2.tmp-{DeadRun}-abcd1234", "GeoSim result")]
    [TestCase("quickstart.tmp-{self}-abcd1234", "writing marker")]
    public void NeverTouchesAFolderGeoSimCannotProveIsALeftoverOfItsOwn(string name, string content)
    {
        var folder = Sibling(name.Replace("{self}", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Fill(folder, content);
        var before = FolderSnapshot.Take(folder);

        Check();

        Assert.That(FolderSnapshot.Take(folder), Is.EqualTo(before));
    }

    [Test]
    public void NeverFollowsALinkNamedLikeALeftover()
    {
        var user = Path.Combine(_scratch.Path, "thesis");
        Fill(user, "writing marker");
        Directory.CreateDirectory(Path.GetDirectoryName(_scratch.Out)!);
        Directory.CreateSymbolicLink(Sibling($"quickstart.tmp-{DeadRun}-abcd1234"), user);
        var before = FolderSnapshot.Take(user);

        Check();

        Assert.That(FolderSnapshot.Take(user), Is.EqualTo(before));
    }

    private OutputCheck Check() => OutputGuard.Check(_scratch.Out, "quickstart", force: false);

    private string Sibling(string name) => Path.Combine(Path.GetDirectoryName(_scratch.Out)!, name);

    private static void Fill(string folder, string content)
    {
        if (content.StartsWith("GeoSim result", StringComparison.Ordinal))
        {
            OutputFolder.Write(folder, [SampleResults.Async()], SampleResults.Info());
        }
        Directory.CreateDirectory(folder);
        if (content.StartsWith("writing marker", StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(folder, OutputMarker.WritingFile), content == "writing marker" ? OutputMarker.Format : "notes");
        }
        if (content.Contains("user", StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(folder, "thesis.tex"), "mine");
        }
    }
}
