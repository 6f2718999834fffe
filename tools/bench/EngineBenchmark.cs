using System.Diagnostics;
using System.Globalization;
using GeoSim.Core.Engine;

namespace GeoSim.Bench;

/// <summary>
/// The engine benchmark: P processes, each waking after an Exp(1 s) wait (integer nanoseconds)
/// and rescheduling itself, until N events, so P events are always pending. For each P (1e3, 1e5,
/// 1e6 by default) it runs GeoSim's <see cref="CalendarQueue"/> (the scheduler's queue), GeoSim's
/// former 4-ary heap (<see cref="HeapQueue"/>) and a plain <see cref="PriorityQueue{TElement,TPriority}"/>
/// baseline, interleaved, so the ratios are measured under the same machine noise.
/// </summary>
internal static class EngineBenchmark
{
    private const ulong Seed = 1;
    private const int WarmUpEvents = 1_000_000;
    private const int WarmUpRounds = 3;
    private const int Wake = 0;

    public static int Run(string[] args)
    {
        long events = 10_000_000;
        var reps = 5;
        List<int> pending = [1_000, 100_000, 1_000_000];
        for (var i = 0; i < args.Length; i++)
        {
            var next = i + 1 < args.Length ? args[i + 1] : "";
            var value = long.TryParse(next, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : -1;
            switch (args[i])
            {
                case "--events" when value > 0: events = value; i++; break;
                case "--reps" when value is > 0 and <= 100: reps = (int)value; i++; break;
                case "--pending" when ParseCounts(next) is { } counts: pending = counts; i++; break;
                default:
                    Console.Error.WriteLine($"bench engine: unexpected '{args[i]}'; usage: bench engine [--events N] [--reps N (1-100)] [--pending P,P,...]");
                    return 2;
            }
        }

        Console.WriteLine($"engine: P processes each waiting Exp(1 s), P in {string.Join(", ", pending.Select(p => p.ToString("N0")))}; {events:N0} events, seed {Seed}, " +
                          $"{reps} repetitions interleaved after {WarmUpRounds} warm-up rounds of {WarmUpEvents:N0} events each");
        // Tiered compilation and dynamic PGO take several rounds to settle the queue and random
        // stream code: after one 1 M-event round the first measured run was ~40 % slow.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            Hold(new Calendar(pending[0]), pending[0], WarmUpEvents);
            Hold(new Heap(pending[0]), pending[0], WarmUpEvents);
            Hold(new Baseline(pending[0]), pending[0], WarmUpEvents);
        }

        var sameTrace = true;
        var table = new List<string>();
        foreach (var p in pending)
        {
            var runs = new[] { new List<Measurement>(), new List<Measurement>(), new List<Measurement>() };
            Console.WriteLine();
            Console.WriteLine($"{p:N0} pending");
            Console.WriteLine($"{"rep",3}  {"queue",-14} {"events/s",12} {"wall s",8} {"allocated B",14}");
            for (var rep = 1; rep <= reps; rep++)
            {
                runs[0].Add(Print(rep, "CalendarQueue", Measure(() => Hold(new Calendar(p), p, events), events)));
                runs[1].Add(Print(rep, "4-ary heap", Measure(() => Hold(new Heap(p), p, events), events)));
                runs[2].Add(Print(rep, "PriorityQueue", Measure(() => Hold(new Baseline(p), p, events), events)));
            }
            sameTrace &= runs.SelectMany(r => r).Select(m => m.TraceHash).Distinct().Count() == 1;
            var baseline = Median(runs[2], m => m.EventsPerSecond);
            table.Add($"{p,10:N0}  {Median(runs[0], m => m.EventsPerSecond),14:N0}  {Median(runs[1], m => m.EventsPerSecond),14:N0}  {baseline,14:N0}" +
                      $"  {Median(runs[0], m => m.EventsPerSecond) / baseline,10:F2}  {Median(runs[1], m => m.EventsPerSecond) / baseline,10:F2}");
        }

        Console.WriteLine();
        Console.WriteLine($"medians of {reps} (events/s) and ratios to the PriorityQueue baseline:");
        Console.WriteLine($"{"pending",10}  {"CalendarQueue",14}  {"4-ary heap",14}  {"PriorityQueue",14}  {"calendar",10}  {"heap",10}");
        table.ForEach(Console.WriteLine);
        Console.WriteLine($"same event trace in every run: {(sameTrace ? "yes" : "NO")}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F1} MiB");
        return sameTrace ? 0 : 1;
    }

    private static List<int>? ParseCounts(string text)
    {
        var counts = text.Split(',').Select(t => int.TryParse(t, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : -1).ToList();
        return counts.Count > 0 && counts.All(c => c > 0) ? counts : null;
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

    /// <summary>The hold model on one queue; a struct adapter, so each queue's loop is compiled for it with no virtual call.</summary>
    private static long Hold<TQueue>(TQueue queue, int processes, long events) where TQueue : struct, IBenchQueue
    {
        var random = new RandomStream(Seed);
        for (var p = 0; p < processes; p++)
        {
            queue.Enqueue(ExpWaitNs(random), Wake, p);
        }
        long traceHash = 17;
        for (long n = 0; n < events && queue.TryDequeue(out var time, out var kind, out var target); n++)
        {
            switch (kind)
            {
                case Wake:
                    traceHash = unchecked(traceHash * 31 + target);
                    queue.Enqueue(time + ExpWaitNs(random), Wake, target);
                    break;
                default:
                    throw new InvalidOperationException($"unknown event kind {kind}");
            }
        }
        return traceHash;
    }

    private interface IBenchQueue
    {
        void Enqueue(long time, int kind, int target);
        bool TryDequeue(out long time, out int kind, out int target);
    }

    private readonly struct Calendar(int capacity) : IBenchQueue
    {
        private readonly CalendarQueue _queue = new(capacity);

        public void Enqueue(long time, int kind, int target) => _queue.Enqueue(time, kind, target, 0);

        public bool TryDequeue(out long time, out int kind, out int target)
        {
            var ok = _queue.TryDequeue(out var ev);
            (time, kind, target) = (ev.Time, ev.Kind, ev.Target);
            return ok;
        }
    }

    private readonly struct Heap(int capacity) : IBenchQueue
    {
        private readonly HeapQueue _queue = new(capacity);

        public void Enqueue(long time, int kind, int target) => _queue.Enqueue(time, kind, target, 0);

        public bool TryDequeue(out long time, out int kind, out int target)
        {
            var ok = _queue.TryDequeue(out var ev);
            (time, kind, target) = (ev.Time, ev.Kind, ev.Target);
            return ok;
        }
    }

    private sealed class SeqCounter
    {
        public long Next;
    }

    private readonly struct Baseline(int capacity) : IBenchQueue
    {
        private readonly PriorityQueue<Ev, (long Time, long Seq)> _queue = new(capacity);
        private readonly SeqCounter _seq = new();

        public void Enqueue(long time, int kind, int target) => _queue.Enqueue(new Ev(kind, target, 0), (time, _seq.Next++));

        public bool TryDequeue(out long time, out int kind, out int target)
        {
            var ok = _queue.TryDequeue(out var ev, out var at);
            (time, kind, target) = (at.Time, ev.Kind, ev.Target);
            return ok;
        }
    }

    private static Measurement Print(int rep, string name, Measurement m)
    {
        Console.WriteLine($"{rep,3}  {name,-14} {m.EventsPerSecond,12:N0} {m.WallSeconds,8:F3} {m.AllocatedBytes,14:N0}");
        return m;
    }

    private static double Median(List<Measurement> runs, Func<Measurement, double> of)
    {
        var sorted = runs.Select(of).Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
