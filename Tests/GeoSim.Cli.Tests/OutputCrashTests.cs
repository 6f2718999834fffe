namespace GeoSim.Cli.Tests;

/// <summary>
/// A real process killed (SIGKILL, by the writer's fault hook) at each step of replacing an output
/// folder: the path then holds the old or the new complete result, and the next run cleans up.
/// </summary>
public class OutputCrashTests
{
    [TestCase("WriteFiles", "old")]
    [TestCase("WriteMarker", "old")]
    [TestCase("Sync", "old")]
    [TestCase("Swap", "old")]
    [TestCase("SyncParent", "new")]
    [TestCase("RemoveOld", "new")]
    public void A_kill_at_any_step_leaves_the_old_or_the_new_complete_result(string step, string expected)
    {
        var work = Cli.TempDir();
        Assert.That(GeoSimProcess.Run(work, "run", "--duration", "20s", "--out", "r").Exit, Is.EqualTo(0));
        var old = OutputFolderSafetyTests.Snapshot(Path.Combine(work, "r"));

        var killed = GeoSimProcess.Run(work, new Dictionary<string, string> { ["GEOSIM_FAULT_AT"] = step }, "run", "--duration", "21s", "--out", "r");

        var folder = Path.Combine(work, "r");
        Assert.Multiple(() =>
        {
            Assert.That(killed.Exit, Is.EqualTo(137), "killed by SIGKILL: " + killed.Err);
            Assert.That(IsComplete(folder), Is.True, "a complete result at the path");
            Assert.That(expected == "old"
                ? OutputFolderSafetyTests.Snapshot(folder).SequenceEqual(old)
                : OutputFolderSafetyTests.RunJson(folder).GetProperty("strategies")[0].GetProperty("simulated_seconds").GetDouble() == 21, Is.True,
                $"the {expected} result");
        });

        var next = GeoSimProcess.Run(work, "run", "--duration", "22s", "--out", "r");

        Assert.Multiple(() =>
        {
            Assert.That(next.Exit, Is.EqualTo(0), next.Err);
            Assert.That(next.Err, Does.Contain("geosim: note: removed " + Path.Combine(work, "r.tmp-")));
            Assert.That(Directory.GetFileSystemEntries(work).Select(Path.GetFileName), Is.EqualTo(new[] { "r" }), "stale folders removed");
            Assert.That(IsComplete(folder), Is.True);
        });
    }

    /// <summary>run.json lists exactly the files present, and every one of them is there.</summary>
    private static bool IsComplete(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "run.json")))
        {
            return false;
        }
        var listed = OutputFolderSafetyTests.RunJson(folder).GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        return listed.SequenceEqual(present);
    }
}
