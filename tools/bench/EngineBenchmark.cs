using System.Diagnostics;
using System.Globalization;
using GeoSim.Core.Engine;

namespace GeoSim.Bench;

/// <summary>
/// The engine benchmark: 1,000 processes, each waking after an Exp(1 s) wait (integer
/// nanoseconds) and rescheduling itself, until N events. Run on GeoSim's <see cref="EventQueue"/>
/// and on a plain <see cref="PriorityQueue{TElement,TPriority}"/> baseline, interleaved, so the
/// ratio is measured under the same machine noise.
/// </summary>
internal static class EngineBenchmark
{
    private const int Processes = 1_000;
    private const ulong Seed = 1;
    private const int WarmUpEvents = 1_000_000;
    private const int WarmUpRounds = 3;
    private const int Wake = 0;

    public static int Run(string[] args)
    {
        long events = 10_000_000;
        var reps = 5;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && long.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : -1;
            switch (args[i])
            {
                case "--events" when value > 0: events = value; i++; break;
                case "--reps" when value is > 0 and <= 100: reps = (int)value; i++; break;
                default:
                    Console.Error.WriteLine($"bench engine: unexpected '{args[i]}'; usage: bench engine [--events N] [--reps N (1-100)]");
                    return 2;
            }
        }

        Console.WriteLine($"engine: {Processes:N0} processes each waiting Exp(1 s), {events:N0} events, seed {Seed}, " +
                          $"{reps} repetitions interleaved after {WarmUpRounds} warm-up rounds of {WarmUpEvents:N0} events each");
        // Tiered compilation and dynamic PGO take several rounds to settle the queue and random
        // stream code: after one 1 M-event round the first measured run was ~40 % slow.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            RunEventQueue(WarmUpEvents);
            RunPriorityQueue(WarmUpEvents);
        }

        var queue = new List<Measurement>();
        var baseline = new List<Measurement>();
        Console.WriteLine($"{"rep",3}  {"queue",-14} {"events/s",12} {"wall s",8} {"allocated B",12}");
        for (var rep = 1; rep <= reps; rep++)
        {
            queue.Add(Print(rep, "EventQueue", Measure(() => RunEventQueue(events), events)));
            baseline.Add(Print(rep, "PriorityQueue", Measure(() => RunPriorityQueue(events), events)));
        }

        var sameTrace = queue.Concat(baseline).Select(m => m.TraceHash).Distinct().Count() == 1;
        Console.WriteLine();
        Console.WriteLine($"medians of {reps}:");
        PrintMedians("EventQueue", queue);
        PrintMedians("PriorityQueue", baseline);
        Console.WriteLine($"ratio EventQueue/PriorityQueue (events/s): {Median(queue, m => m.EventsPerSecond) / Median(baseline, m => m.EventsPerSecond):F2}");
        Console.WriteLine($"same event trace in every run: {(sameTrace ? "yes" : "NO")}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F1} MiB");
        return sameTrace ? 0 : 1;
    }

    private static Measurement Measure(Func<long> run, long events)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var traceHash = run();
        var wall = clock.Elapsed.TotalSeconds;
        return new Measurement(events, wall, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, traceHash);
    }

    // Exp(1 s) in integer nanoseconds; the open-at-zero draw keeps the logarithm finite.
    private static long ExpWaitNs(RandomStream random) => (long)(-Math.Log(random.NextDoubleOpenZero()) * 1e9);

    private static long RunEventQueue(long events)
    {
        var random = new RandomStream(Seed);
        var queue = new EventQueue(Processes);
        for (var p = 0; p < Processes; p++)
        {
            queue.Enqueue(ExpWaitNs(random), Wake, p, 0);
        }
        long traceHash = 17;
        for (long n = 0; n < events && queue.TryDequeue(out var ev); n++)
        {
            switch (ev.Kind)
            {
                case Wake:
                    traceHash = unchecked(traceHash * 31 + ev.Target);
                    queue.Enqueue(ev.Time + ExpWaitNs(random), Wake, ev.Target, 0);
                    break;
                default:
                    throw new InvalidOperationException($"unknown event kind {ev.Kind}");
            }
        }
        return traceHash;
    }

    private static long RunPriorityQueue(long events)
    {
        var random = new RandomStream(Seed);
        var queue = new PriorityQueue<Ev, (long Time, long Seq)>(Processes);
        long seq = 0;
        for (var p = 0; p < Processes; p++)
        {
            queue.Enqueue(new Ev(Wake, p, 0), (ExpWaitNs(random), seq++));
        }
        long traceHash = 17;
        for (long n = 0; n < events && queue.TryDequeue(out var ev, out var at); n++)
        {
            switch (ev.Kind)
            {
                case Wake:
                    traceHash = unchecked(traceHash * 31 + ev.Target);
                    queue.Enqueue(new Ev(Wake, ev.Target, 0), (at.Time + ExpWaitNs(random), seq++));
                    break;
                default:
                    throw new InvalidOperationException($"unknown event kind {ev.Kind}");
            }
        }
        return traceHash;
    }

    private static Measurement Print(int rep, string name, Measurement m)
    {
        Console.WriteLine($"{rep,3}  {name,-14} {m.EventsPerSecond,12:N0} {m.WallSeconds,8:F3} {m.AllocatedBytes,12:N0}");
        return m;
    }

    private static void PrintMedians(string name, List<Measurement> runs) =>
        Console.WriteLine($"     {name,-14} {Median(runs, m => m.EventsPerSecond),12:N0} {Median(runs, m => m.WallSeconds),8:F3} " +
                          $"{Median(runs, m => m.AllocatedBytes),12:N0}");

    private static double Median(List<Measurement> runs, Func<Measurement, double> of)
    {
        var sorted = runs.Select(of).Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
