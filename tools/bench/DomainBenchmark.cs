using GeoSim.Core.Run;
using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Spec;
using GeoSim.Scenario;

namespace GeoSim.Bench;

/// <summary>
/// A whole run of a realistic scenario (domain.yaml, or the file given): events/s, wall time and
/// peak memory, the median of several repetitions after one warm-up run of the same scenario
/// shortened to a tenth; with --against, a second scenario measured interleaved, and the ratio;
/// with --probe-cost, the scenario without its t-visibility probes against itself with them.
/// </summary>
internal static class DomainBenchmark
{
    public static int Run(string[] args)
    {
        var path = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0]
            : Path.Combine(AppContext.BaseDirectory, "domain.yaml");
        var against = ReadOption(args, "--against");
        var reps = int.TryParse(ReadOption(args, "--reps"), out var r) ? r : 3;
        var scenarios = new[] { path, against }.OfType<string>().Select(Load).ToList();
        if (scenarios.Any(s => s is null))
        {
            return 2;
        }
        if (args.Contains("--probe-cost"))
        {
            var probed = scenarios[0]!;
            if (probed.Metrics.TVisibility is null)
            {
                Console.Error.WriteLine($"{path}: --probe-cost needs a scenario with metrics.t-visibility");
                return 2;
            }
            scenarios = [probed with { Name = probed.Name + " (no probes)", Metrics = probed.Metrics with { TVisibility = null } }, probed];
        }
        Console.WriteLine($"domain benchmark: {string.Join(" vs ", scenarios.Select(s => s!.Name))}, {reps} repetitions, interleaved");

        // Warm up every scenario on a tenth of its duration, then alternate them so noise hits both alike.
        scenarios.ForEach(s => Measure(s! with { Duration = new(s.Duration.Nanos / 10) }));
        var runs = scenarios.Select(_ => new List<DomainRun>()).ToList();
        for (var i = 0; i < reps; i++)
        {
            for (var k = 0; k < scenarios.Count; k++)
            {
                runs[k].Add(Measure(scenarios[k]!));
            }
        }
        var medians = new List<DomainRun>();
        for (var k = 0; k < scenarios.Count; k++)
        {
            Console.WriteLine(scenarios[k]!.Name);
            foreach (var run in runs[k])
            {
                Console.WriteLine($"  {run.Events,12:N0} events  {run.WallSeconds,7:0.00} s  {run.EventsPerSecond / 1e6,6:0.00} M events/s  {run.AllocatedBytes / 1e6,9:N1} MB allocated");
            }
            var median = runs[k].OrderBy(x => x.WallSeconds).ElementAt(runs[k].Count / 2);
            medians.Add(median);
            Console.WriteLine($"  median: {median.Events:N0} events in {median.WallSeconds:0.00} s wall = {median.EventsPerSecond / 1e6:0.00} M events/s");
        }
        if (medians.Count == 2)
        {
            Console.WriteLine($"ratio of events/s, {scenarios[1]!.Name} / {scenarios[0]!.Name}: {medians[1].EventsPerSecond / medians[0].EventsPerSecond:0.000}");
            Console.WriteLine($"ratio of wall time, {scenarios[1]!.Name} / {scenarios[0]!.Name}: {medians[1].WallSeconds / medians[0].WallSeconds:0.000}");
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0.0} MiB");
        return 0;
    }

    private static ScenarioSpec? Load(string path)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        loaded.Errors.ToList().ForEach(Console.Error.WriteLine);
        return loaded.Scenario;
    }

    private static DomainRun Measure(ScenarioSpec scenario)
    {
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = new Simulation(scenario, scenario.Strategies[0]).Run();
        clock.Stop();
        return new DomainRun(result.EventsProcessed, clock.Elapsed.TotalSeconds,
            GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private static string? ReadOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private readonly record struct DomainRun(long Events, double WallSeconds, long AllocatedBytes)
    {
        public double EventsPerSecond => Events / WallSeconds;
    }
}
