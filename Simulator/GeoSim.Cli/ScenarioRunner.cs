using GeoSim.Core.Run;
using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Tracing;
using GeoSim.Reports;
using GeoSim.Reports.Html;
using GeoSim.Reports.Trace;
using GeoSim.Scenario;

namespace GeoSim.Cli;

/// <summary>
/// The steps <c>run</c> and <c>compare</c> share: load the scenario and apply the command-line
/// overrides; check the output folder may be written; run strategies on the same seed (Ctrl-C or
/// SIGTERM stops early, progress on a terminal); write the output folder with its charts and report
/// in one atomic swap; print what came out.
/// </summary>
internal sealed class ScenarioRunner(TextWriter output, TextWriter error)
{
    /// <summary>Builds the report parts (charts, report.html) for the results of a run.</summary>
    public delegate Action<string> ReportPart(ReportHeader header, IReadOnlyList<RunResult> results);

    /// <summary>Prints the results once they are written.</summary>
    public delegate void Summary(TextWriter output, IReadOnlyList<RunResult> results, double wallSeconds, string folder);

    /// <summary>False (errors printed) when the scenario or an override is bad input.</summary>
    public bool TryLoad(RunRequest request, out ScenarioSpec spec)
    {
        spec = null!;
        var loaded = ScenarioLoader.LoadFile(request.ScenarioPath);
        if (!loaded.Ok)
        {
            foreach (var e in loaded.Errors)
            {
                error.WriteLine(e);
            }
            return false;
        }
        return TryApplyOverrides(loaded.Scenario!, request, out spec);
    }

    /// <returns>
    /// The exit code: bad input when the output folder may not be written (checked before
    /// simulating); success; or interrupted (130 Ctrl-C, 143 SIGTERM) when a signal came, in which
    /// case the results simulated so far are written.
    /// </returns>
    public int RunAndWrite(ScenarioSpec spec, IReadOnlyList<StrategySpec> strategies, RunRequest request, ReportPart report, Summary print)
    {
        var folder = request.OutDir ?? Path.Combine("results", spec.Name);
        var check = OutputGuard.Check(folder, spec.Name, request.Force);
        PrintNotes(check.Notes);
        if (!check.Ok)
        {
            error.WriteLine($"geosim: {OutputLabel(request)} {check.Path}: {check.Problem}");
            return ExitCodes.BadInput;
        }
        IReadOnlyList<RunResult> results;
        double wall;
        int? signalled;
        // A signal during the write lets the write finish: the folder then holds what was simulated.
        using (var signals = new InterruptSignals())
        {
            output.WriteLine($"scenario {spec.Name}  seed {spec.Seed}  fingerprint {spec.Fingerprint}  duration {spec.Duration}");
            (results, wall) = Simulate(spec, strategies, TraceFor(request, strategies.Count), signals.Token);
            PrintNotes(TraceNotes(results));
            ReleaseSimulationState();
            // Partial is what the results are, not whether a signal came: one that arrives after the
            // last event changes nothing, one that stopped a strategy or skipped one does.
            var partial = results.Count < strategies.Count || results.Any(r => !r.Completed);
            var header = new ReportHeader(spec.Name, spec.Description, spec.Seed, spec.Fingerprint, spec.Duration.ToString(), Version);
            try
            {
                PrintNotes(OutputFolder.Write(check.Path, results, new RunInfo(Version, wall, request.CommandLine, partial),
                    [report(header, results), dir => TraceJson.Write(dir, results)], OutputFaultHook.FromEnvironment()));
            }
            catch (OutputFolderException e)
            {
                error.WriteLine($"geosim: {OutputLabel(request)} {e.FolderPath}: {e.Problem}");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A full disk or a folder taken away mid-run: the old result, if any, is still at the path.
                error.WriteLine($"geosim: {OutputLabel(request)} {check.Path}: could not write the results ({e.Message}); nothing at the path was changed");
                return ExitCodes.BadInput;
            }
            signalled = signals.ExitCode;
        }
        print(output, results, wall, folder);
        return signalled ?? ExitCodes.Success;
    }

    private (IReadOnlyList<RunResult> Results, double WallSeconds) Simulate(ScenarioSpec spec, IReadOnlyList<StrategySpec> strategies,
        TraceSettings? trace, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<RunResult>();
        foreach (var strategy in strategies)
        {
            var progress = TerminalProgress.For(output, strategy.Label, spec.Duration.TotalSeconds);
            results.Add(new Simulation(spec, strategy, trace).Run(cancel, progress: progress));
            progress?.Clear();
            if (cancel.IsCancellationRequested)
            {
                break;
            }
        }
        return (results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Called once <see cref="Simulate"/> has returned, so that no frame still holds a simulation.
    /// A finished simulation's state (per-interval arrays, the truth ledger, pools) is garbage once
    /// its result is built, but a GC tuned for throughput may keep it for the rest of the process
    /// (few collections on a machine with a large cache). Returned now, it is not still held while
    /// the charts take their native buffers: a 6-hour run's peak drops by about its own size.
    /// </summary>
    private static void ReleaseSimulationState() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>With --trace: the share asked for, and the strategies sharing one trace.json's budget.</summary>
    private static TraceSettings? TraceFor(RunRequest request, int strategies) =>
        request.Trace ? new TraceSettings(request.TraceSample ?? RunRequest.DefaultTraceSample, TraceSettings.DefaultMaxEntries / strategies) : null;

    /// <summary>A trace that would have passed its budget drew a lower share than asked: say which.</summary>
    private static List<string> TraceNotes(IReadOnlyList<RunResult> results) =>
        results.Where(r => r.Trace is { } t && t.EffectiveSample < t.RequestedSample)
            .Select(r => FormattableString.Invariant(
                $"trace.json: {r.Strategy} drew {r.Trace!.EffectiveSample:G3} of its messages and ops, not the {r.Trace.RequestedSample:G3} asked, to stay within {TraceSettings.DefaultMaxEntries} entries (~50 MB)"))
            .ToList();

    private void PrintNotes(IReadOnlyList<string> notes)
    {
        foreach (var note in notes)
        {
            error.WriteLine($"geosim: note: {note}");
        }
    }

    private static string OutputLabel(RunRequest request) => request.OutDir is null ? "output folder" : "--out";

    private bool TryApplyOverrides(ScenarioSpec scenario, RunRequest request, out ScenarioSpec spec)
    {
        spec = scenario with { Seed = request.Seed ?? scenario.Seed };
        if (TraceProblem(request) is { } problem)
        {
            error.WriteLine($"geosim: {problem}");
            return false;
        }
        if (request.Duration is null)
        {
            return true;
        }
        if (!ScenarioLoader.TryParseDuration(request.Duration, out var duration, out var message) || duration.Nanos <= 0)
        {
            error.WriteLine($"geosim: --duration {request.Duration}: {message ?? "must be > 0"}");
            return false;
        }
        if (duration <= scenario.Warmup)
        {
            error.WriteLine($"geosim: --duration {request.Duration} must be longer than the scenario's warmup ({scenario.Warmup})");
            return false;
        }
        spec = spec with { Duration = duration };
        var limits = ScenarioLoader.LimitErrors(spec);
        foreach (var limit in limits)
        {
            error.WriteLine($"geosim: --duration {request.Duration}: {limit}");
        }
        return limits.Count == 0;
    }

    private static string? TraceProblem(RunRequest request) => request.TraceSample switch
    {
        null => null,
        _ when !request.Trace => "--trace-sample needs --trace",
        > 0 and <= 1 => null,
        var share => FormattableString.Invariant($"--trace-sample {share}: must be a share in (0, 1], e.g. 0.01 for 1 % of the messages"),
    };

    private static string Version =>
        typeof(ScenarioRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
