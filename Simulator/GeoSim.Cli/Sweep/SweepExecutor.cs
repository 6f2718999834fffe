using GeoSim.Core.Run;
using System.Collections.Concurrent;
using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Sweep;

/// <summary>
/// Runs a sweep's simulations on N threads of this process. A run is single-threaded and the
/// engine keeps no shared mutable state, so runs are independent: each result depends only on its
/// variant and seed, and the outputs, ordered by the plan, are the same for any N. Finished runs
/// are handed to the calling thread in the order they finish.
/// </summary>
internal sealed class SweepExecutor(int threads, CancellationToken cancel)
{
    // The engine's event loop is not recursive, but the world is built with a few levels of records.
    private const int StackBytes = 16 << 20;

    private long _simulationTicks;

    /// <summary>Thread time spent building and running simulations (the rest of a sweep is its overhead).</summary>
    public TimeSpan SimulationTime => new(Interlocked.Read(ref _simulationTicks));

    /// <param name="afterRun">Called on the worker thread with each completed run's full result (per-run reports), or null.</param>
    /// <param name="finished">Called on the calling thread with each completed run; interrupted runs are dropped.</param>
    public void Run(IReadOnlyList<PlannedRun> todo, Func<PlannedRun, RunResult, RunRows> keep, Action<PlannedRun, RunResult>? afterRun,
        Action<PlannedRun, RunRows> finished)
    {
        var results = new BlockingCollection<(PlannedRun, RunRows)>();
        var next = -1;
        var stopped = false;
        Exception? failure = null;
        var workers = Enumerable.Range(0, Math.Min(threads, Math.Max(todo.Count, 1))).Select(_ => new Thread(() =>
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < todo.Count && !cancel.IsCancellationRequested && failure is null && !Volatile.Read(ref stopped); i = Interlocked.Increment(ref next))
                {
                    var run = todo[i];
                    var started = Stopwatch.GetTimestamp();
                    var result = new Simulation(run.Variant.Spec with { Seed = run.Seed }, run.Variant.Strategy).Run(cancel);
                    Interlocked.Add(ref _simulationTicks, Stopwatch.GetElapsedTime(started).Ticks);
                    if (!result.Completed)
                    {
                        return;
                    }
                    afterRun?.Invoke(run, result);
                    results.Add((run, keep(run, result)));
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }
        }, StackBytes) { IsBackground = true, Name = "sweep worker" }).ToList();
        workers.ForEach(w => w.Start());
        var watcher = new Thread(() =>
        {
            workers.ForEach(w => w.Join());
            results.CompleteAdding();
        }) { IsBackground = true };
        watcher.Start();
        try
        {
            foreach (var (run, rows) in results.GetConsumingEnumerable())
            {
                finished(run, rows);
            }
        }
        finally
        {
            // The watcher may still be inside CompleteAdding when the last item is taken, and a
            // failing consumer leaves workers running: the collection outlives them all.
            Volatile.Write(ref stopped, true);
            watcher.Join();
            results.Dispose();
        }
        if (failure is not null)
        {
            throw new InvalidOperationException($"a sweep run failed: {failure.Message}", failure);
        }
    }
}
