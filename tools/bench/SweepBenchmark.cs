using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GeoSim.Bench;

/// <summary>
/// <c>geosim sweep</c> of sweep-quickstart.yaml (40 quickstart runs of 5 simulated minutes), end to
/// end as a user runs it (the built executable, a fresh output folder each time): --parallel 1,
/// --parallel 2 and, for comparison, two shard processes at once plus the merge; interleaved,
/// medians of several repetitions. The sweep reports the thread time its simulations took, so the
/// rest of the one-thread wall time is the sweep's own overhead.
/// </summary>
internal static partial class SweepBenchmark
{
    public static int Run(string[] args)
    {
        var geosim = ReadOption(args, "--geosim") ?? DefaultGeosim();
        var reps = int.TryParse(ReadOption(args, "--reps"), out var r) ? r : 3;
        var sweep = Path.Combine(AppContext.BaseDirectory, "sweep-quickstart.yaml");
        if (geosim is null || !File.Exists(geosim))
        {
            Console.Error.WriteLine("bench sweep: build geosim first (dotnet build Simulator/GeoSim.Cli -c Release) or give --geosim PATH");
            return 2;
        }
        Console.WriteLine($"sweep benchmark: {sweep} with {geosim}, {reps} repetitions, interleaved; {Environment.ProcessorCount} cores");
        var scratch = Directory.CreateTempSubdirectory("geosim-bench-sweep-").FullName;
        var ways = new (string Name, Func<string, Timing> Measure)[]
        {
            ("--parallel 1", dir => Sweep(geosim, sweep, dir, "--parallel", "1")),
            ("--parallel 2", dir => Sweep(geosim, sweep, dir, "--parallel", "2")),
            ("2 shard processes + merge", dir => Shards(geosim, sweep, dir)),
        };
        var timings = ways.Select(_ => new List<Timing>()).ToList();
        for (var i = 0; i < reps; i++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                timings[w].Add(ways[w].Measure(Path.Combine(scratch, $"{w}-{i}")));
            }
        }
        var medians = new List<Timing>();
        for (var w = 0; w < ways.Length; w++)
        {
            var median = timings[w].OrderBy(t => t.WallSeconds).ElementAt(reps / 2);
            medians.Add(median);
            Console.WriteLine($"{ways[w].Name,-26} wall {string.Join(" ", timings[w].Select(t => $"{t.WallSeconds:0.00}"))} s; median {median.WallSeconds:0.00} s; simulating {median.SimulationSeconds:0.00} s of thread time");
        }
        var one = medians[0];
        Console.WriteLine($"ratio --parallel 1 / --parallel 2 (wall): {one.WallSeconds / medians[1].WallSeconds:0.00}");
        Console.WriteLine($"ratio --parallel 1 / 2 shard processes (wall): {one.WallSeconds / medians[2].WallSeconds:0.00}");
        Console.WriteLine($"overhead at --parallel 1: {one.WallSeconds - one.SimulationSeconds:0.00} s of {one.WallSeconds:0.00} s = " +
            $"{(one.WallSeconds - one.SimulationSeconds) / one.SimulationSeconds * 100:0.0} % of the simulation time " +
            $"({(one.WallSeconds - one.SimulationSeconds) / 40 * 1000:0} ms per run against {one.SimulationSeconds / 40 * 1000:0} ms simulating)");
        Directory.Delete(scratch, recursive: true);
        return 0;
    }

    private static Timing Sweep(string geosim, string sweep, string outDir, params string[] extra)
    {
        var clock = Stopwatch.StartNew();
        var output = Geosim(geosim, ["sweep", sweep, "--out", outDir, .. extra]);
        return new Timing(clock.Elapsed.TotalSeconds, SimulationSeconds(output));
    }

    private static Timing Shards(string geosim, string sweep, string dir)
    {
        var clock = Stopwatch.StartNew();
        var shards = new[] { 1, 2 }.Select(i => Task.Run(() => Geosim(geosim, ["sweep", sweep, "--parallel", "1", "--shard", $"{i}/2", "--out", $"{dir}-{i}"]))).ToArray();
        Task.WaitAll(shards);
        Geosim(geosim, ["merge", $"{dir}-1", $"{dir}-2", "--out", dir]);
        return new Timing(clock.Elapsed.TotalSeconds, shards.Sum(s => SimulationSeconds(s.Result)));
    }

    private static string Geosim(string geosim, string[] args)
    {
        var start = new ProcessStartInfo(geosim, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"geosim {string.Join(" ", args)} failed: {error}");
    }

    private static double SimulationSeconds(string output) =>
        SimulatingLine().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value) : 0;

    private static string? DefaultGeosim()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir is null ? null : Path.Combine(dir.FullName, "Simulator", "GeoSim.Cli", "bin", "Release", "net10.0", "geosim");
    }

    private static string? ReadOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    [GeneratedRegex(@"simulating took ([0-9.]+) s of thread time")]
    private static partial Regex SimulatingLine();

    private readonly record struct Timing(double WallSeconds, double SimulationSeconds);
}
