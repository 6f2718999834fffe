namespace GeoSim.Cli.Tests.Sweep;

/// <summary>A sweep's outputs: the same bytes for any thread count, what the files hold, and runs reused on a re-run.</summary>
public class SweepRunTests
{
    [Test]
    public void One_thread_and_two_threads_write_byte_identical_folders()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var folder = Path.GetDirectoryName(path)!;

        var one = Cli.Run("sweep", path, "--parallel", "1", "--out", Path.Combine(folder, "one"));
        var two = Cli.Run("sweep", path, "--parallel", "2", "--out", Path.Combine(folder, "two"));

        Assert.That((one.Exit, two.Exit), Is.EqualTo((0, 0)), one.Err + two.Err);
        SweepFiles.AssertSameFiles(Path.Combine(folder, "one"), Path.Combine(folder, "two"));
    }

    [Test]
    public void Runs_csv_holds_every_run_and_sweep_csv_summarises_its_seeds()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");

        var (exit, output, err) = Cli.Run("sweep", path, "--out", outDir);

        Assert.That(exit, Is.Zero, err);
        var runs = File.ReadAllLines(Path.Combine(outDir, "runs.csv"));
        var sweep = File.ReadAllLines(Path.Combine(outDir, "sweep.csv"));
        var p99 = runs.Skip(1).Select(l => l.Split(',')).Where(f => f[6] == "write_latency_ms" && f[7] == "all" && f[8] == "p99").ToList();
        var summary = sweep.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "write_latency_ms" && f[4] == "p99" && f[5] == "all").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("2 variants x 3 seeds = 6 runs"));
            Assert.That(runs[0], Is.EqualTo("run,variant,workload.clients[0].rate,strategy,seed,run_key,metric,scope,statistic,value"));
            Assert.That(p99.Select(f => (f[0], f[1], f[2], f[3], f[4])), Is.EqualTo(new[]
            {
                ("1", "1", "300/s", "primary-replica", "1"), ("2", "1", "300/s", "primary-replica", "2"), ("3", "1", "300/s", "primary-replica", "3"),
                ("4", "2", "900/s", "primary-replica", "1"), ("5", "2", "900/s", "primary-replica", "2"), ("6", "2", "900/s", "primary-replica", "3"),
            }));
            Assert.That(sweep[0], Is.EqualTo("variant,workload.clients[0].rate,strategy,metric,statistic,scope,n,mean,sd,ci95_low,ci95_high,min,max"));
            Assert.That(summary, Has.Count.EqualTo(2));
            Assert.That(runs.Skip(1).Select(l => l.Split(',')[6]).Distinct(), Is.EquivalentTo(new[] { "events_processed", "write_latency_ms", "stale_read_ratio" }));
            Assert.That(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.png").Select(Path.GetFileName),
                Is.EquivalentTo(new[] { "write_latency_ms.p99-vs-workload.clients_0_.rate.png", "stale_read_ratio.mean-vs-workload.clients_0_.rate.png" }));
            Assert.That(File.ReadAllText(Path.Combine(outDir, "sweep.html")), Does.Contain("<svg"));
        });
        // sweep.csv's mean of each variant is the mean of its seeds' values in runs.csv, counted here independently.
        for (var v = 0; v < 2; v++)
        {
            var values = p99.Skip(3 * v).Take(3).Select(f => double.Parse(f[9], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var row = summary[v];
            Assert.That(row[6], Is.EqualTo("3"));
            Assert.That(double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(values.Average()).Within(1e-6));
            Assert.That(double.Parse(row[11], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(values.Min()));
            Assert.That(double.Parse(row[12], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(values.Max()));
        }
    }

    [Test]
    public void A_re_run_reuses_the_runs_it_holds_and_runs_only_new_seeds()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");
        Assert.That(Cli.Run("sweep", path, "--out", outDir).Exit, Is.Zero);
        var first = SweepFiles.Snapshot(outDir);

        var again = Cli.Run("sweep", path, "--out", outDir);
        File.WriteAllText(path, SweepFiles.Small.Replace("seeds: 3", "seeds: 4"));
        var more = Cli.Run("sweep", path, "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(again.Out, Does.Contain("6 already done, reused; 0 to run"));
            Assert.That(SweepFiles.Snapshot(outDir).Keys, Is.EqualTo(first.Keys));
            Assert.That(more.Out, Does.Contain("8 runs; 6 already done, reused; 2 to run"));
        });
    }

    [Test]
    public void A_stored_run_whose_key_does_not_match_is_run_again()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");
        Assert.That(Cli.Run("sweep", path, "--out", outDir).Exit, Is.Zero);
        var expected = File.ReadAllBytes(Path.Combine(outDir, "runs.csv"));
        var runsCsv = Path.Combine(outDir, "runs.csv");
        var lines = File.ReadAllLines(runsCsv);
        var key = lines[1].Split(',')[5];
        File.WriteAllLines(runsCsv, lines.Select(l => l.Replace(key, "0000000000000000")));

        var again = Cli.Run("sweep", path, "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(again.Out, Does.Contain("5 already done, reused; 1 to run"));
            Assert.That(File.ReadAllBytes(runsCsv), Is.EqualTo(expected));
        });
    }

    [Test]
    public void A_sweep_never_replaces_a_folder_holding_files_GeoSim_did_not_write()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "mine");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");

        var (exit, output, err) = Cli.Run("sweep", path, "--out", outDir);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("holds 1 entry GeoSim did not write: notes.txt"));
            Assert.That(output, Is.Empty, "refused before anything runs");
            Assert.That(Directory.GetFileSystemEntries(outDir), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void A_sweep_does_not_replace_a_run_of_a_scenario_without_force()
    {
        var path = SweepFiles.Write(SweepFiles.Small);
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "run");
        Assert.That(Cli.Run("run", "quickstart", "--duration", "15s", "--out", outDir).Exit, Is.Zero);

        var refused = Cli.Run("sweep", path, "--out", outDir);
        var forced = Cli.Run("sweep", path, "--out", outDir, "--force");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Exit, Is.EqualTo(2));
            Assert.That(refused.Err, Does.Contain("holds GeoSim's results of scenario quickstart, and this run is grid"));
            Assert.That(forced.Exit, Is.Zero, forced.Err);
            Assert.That(File.Exists(Path.Combine(outDir, "sweep.csv")), Is.True);
            Assert.That(File.Exists(Path.Combine(outDir, "summary.csv")), Is.False, "the run's files are gone with it");
        });
    }

    [Test]
    public void Charts_keeps_every_runs_own_report()
    {
        var path = SweepFiles.Write(SweepFiles.Small.Replace("seeds: 3", "seeds: 1"));
        var outDir = Path.Combine(Path.GetDirectoryName(path)!, "out");

        var (exit, _, err) = Cli.Run("sweep", path, "--out", outDir, "--charts");

        Assert.That(exit, Is.Zero, err);
        Assert.That(Directory.GetDirectories(Path.Combine(outDir, "runs")).Select(Path.GetFileName), Is.EqualTo(new[] { "v001-seed1", "v002-seed1" }));
        Assert.That(File.Exists(Path.Combine(outDir, "runs", "v002-seed1", "report.html")), Is.True);
    }
}
