using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Spec;
using GeoSim.Scenario;

namespace GeoSim.Bench;

/// <summary>
/// A whole run of a realistic scenario (domain.yaml, or the file given): events/s, wall time and
/// peak memory, the median of several repetitions after one warm-up run of the same scenario
/// shortened to a tenth.
/// </summary>
internal static class DomainBenchmark
{
    public static int Run(string[] args)
    {
        var path = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0]
            : Path.Combine(AppContext.BaseDirectory, "domain.yaml");
        var reps = ReadOption(args, "--reps", 3);
        var loaded = ScenarioLoader.LoadFile(path);
        if (!loaded.Ok)
        {
            loaded.Errors.ToList().ForEach(Console.Error.WriteLine);
            return 2;
        }
        var scenario = loaded.Scenario!;
        Console.WriteLine($"domain benchmark: {path}, {scenario.Duration} simulated, {reps} repetitions");

        Measure(scenario with { Duration = new(scenario.Duration.Nanos / 10) });
        var runs = Enumerable.Range(0, reps).Select(_ => Measure(scenario)).ToList();
        foreach (var run in runs)
        {
            Console.WriteLine($"  {run.Events,12:N0} events  {run.WallSeconds,7:0.00} s  {run.EventsPerSecond / 1e6,6:0.00} M events/s  {run.AllocatedBytes / 1e6,9:N1} MB allocated");
        }
        var median = runs.OrderBy(r => r.WallSeconds).ElementAt(runs.Count / 2);
        Console.WriteLine($"median: {median.Events:N0} events in {median.WallSeconds:0.00} s wall = {median.EventsPerSecond / 1e6:0.00} M events/s");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0.0} MiB");
        return 0;
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

    private readonly record struct DomainRun(long Events, double WallSeconds, long AllocatedBytes)
    {
        public double EventsPerSecond => Events / WallSeconds;
    }

    private static int ReadOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
