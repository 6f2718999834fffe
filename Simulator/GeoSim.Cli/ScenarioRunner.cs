using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Reports;
using GeoSim.Reports.Html;
using GeoSim.Scenario;

namespace GeoSim.Cli;

/// <summary>
/// The steps <c>run</c> and <c>compare</c> share: load the scenario and apply the command-line
/// overrides; run strategies on the same seed (Ctrl-C stops early, progress on a terminal); write
/// the output folder with its charts and report in one atomic move; print what came out.
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

    /// <returns>The exit code: success, or interrupted when Ctrl-C stopped the run (partial results are written).</returns>
    public int RunAndWrite(ScenarioSpec spec, IReadOnlyList<StrategySpec> strategies, RunRequest request, ReportPart report, Summary print)
    {
        output.WriteLine($"scenario {spec.Name}  seed {spec.Seed}  fingerprint {spec.Fingerprint}  duration {spec.Duration}");
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var clock = Stopwatch.StartNew();
            var results = new List<RunResult>();
            foreach (var strategy in strategies)
            {
                var progress = TerminalProgress.For(output, strategy.Label, spec.Duration.TotalSeconds);
                results.Add(new Simulation(spec, strategy).Run(cancel.Token, progress: progress));
                progress?.Clear();
                if (cancel.IsCancellationRequested)
                {
                    break;
                }
            }
            var wall = clock.Elapsed.TotalSeconds;
            var folder = request.OutDir ?? Path.Combine("results", spec.Name);
            var header = new ReportHeader(spec.Name, spec.Description, spec.Seed, spec.Fingerprint, spec.Duration.ToString(), Version);
            OutputFolder.Write(folder, results, new RunInfo(Version, wall, request.CommandLine, cancel.IsCancellationRequested),
                report(header, results));
            print(output, results, wall, folder);
            return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private bool TryApplyOverrides(ScenarioSpec scenario, RunRequest request, out ScenarioSpec spec)
    {
        spec = scenario with { Seed = request.Seed ?? scenario.Seed };
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

    private static string Version =>
        typeof(ScenarioRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
