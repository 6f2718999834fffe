namespace GeoSim.Cli.Tests.Sweep;

/// <summary>Shards run as separate processes merge into exactly the unsharded sweep's folder; a missing shard is named.</summary>
public class ShardMergeTests
{
    [Test]
    public void Three_shards_in_three_processes_merge_into_the_unsharded_folder_byte_for_byte()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var folder = Path.GetDirectoryName(path)!;
        var whole = Cli.Run("sweep", path, "--out", Path.Combine(folder, "whole"));
        Assert.That(whole.Exit, Is.Zero, whole.Err);

        var shards = Enumerable.Range(1, 3)
            .Select(i => GeoSimProcess.Start(folder, new Dictionary<string, string>(), "sweep", path, "--shard", $"{i}/3", "--out", $"shard-{i}"))
            .ToList();
        var results = shards.Select(s => s.Finish()).ToList();
        shards.ForEach(s => s.Dispose());
        var merged = Cli.Run("merge", Path.Combine(folder, "shard-1"), Path.Combine(folder, "shard-2"), Path.Combine(folder, "shard-3"),
            "--out", Path.Combine(folder, "merged"));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Exit), Is.All.Zero, string.Join("\n", results.Select(r => r.Err)));
            Assert.That(results.Select(r => r.Out), Has.Some.Contains("shard 2/3 has 2"));
            Assert.That(merged.Exit, Is.Zero, merged.Err);
            Assert.That(File.Exists(Path.Combine(folder, "shard-1", "sweep.csv")), Is.False, "a shard holds its runs, not the analysis");
        });
        SweepFiles.AssertSameFiles(Path.Combine(folder, "whole"), Path.Combine(folder, "merged"));
    }

    [Test]
    public void A_missing_shard_is_named_run_by_run_and_nothing_is_written()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var folder = Path.GetDirectoryName(path)!;
        foreach (var i in new[] { 1, 3 })
        {
            Assert.That(Cli.Run("sweep", path, "--shard", $"{i}/3", "--out", Path.Combine(folder, $"shard-{i}")).Exit, Is.Zero);
        }

        var (exit, _, err) = Cli.Run("merge", Path.Combine(folder, "shard-1"), Path.Combine(folder, "shard-3"), "--out", Path.Combine(folder, "merged"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("2 of 6 runs are in none of the folders"));
            Assert.That(err, Does.Contain("run 2: variant 1 (workload.clients[0].rate=300/s, strategy=primary-replica), seed 2"));
            Assert.That(err, Does.Contain("run 5: variant 2 (workload.clients[0].rate=900/s, strategy=primary-replica), seed 2"));
            Assert.That(Directory.Exists(Path.Combine(folder, "merged")), Is.False);
        });
    }

    [Test]
    public void Folders_of_different_sweeps_do_not_merge()
    {
        var a = SweepFiles.Write(SweepFiles.Small);
        var b = SweepFiles.Write(SweepFiles.Small.Replace("900/s", "800/s"));
        var folder = Path.GetDirectoryName(a)!;
        Assert.That(Cli.Run("sweep", a, "--shard", "1/2", "--out", Path.Combine(folder, "a")).Exit, Is.Zero);
        Assert.That(Cli.Run("sweep", b, "--shard", "2/2", "--out", Path.Combine(folder, "b")).Exit, Is.Zero);

        var (exit, _, err) = Cli.Run("merge", Path.Combine(folder, "a"), Path.Combine(folder, "b"), "--out", Path.Combine(folder, "m"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("holds another sweep"));
        });
    }

    [Test]
    public void A_folder_that_is_not_a_sweep_is_refused()
    {
        var folder = Cli.TempDir();

        var (exit, _, err) = Cli.Run("merge", folder, "--out", Path.Combine(folder, "m"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("not an output folder of geosim sweep"));
        });
    }
}
