using System.CommandLine;
using System.Diagnostics;
using GeoSim.Core;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Reports;
using GeoSim.Scenario;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim run [SCENARIO] [--seed N] [--out DIR] [--duration D]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "A scenario file or the name of a shipped scenario (default: quickstart).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed of every random stream (overrides the scenario's)." };
        var outDir = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/<scenario-name>)." };
        var duration = new Option<string?>("--duration", "-d") { Description = "Simulated time, e.g. 30s or 2m (overrides the scenario's)." };
        var command = new Command("run", "Simulate a scenario and write CSV files and run.json.");
        command.Arguments.Add(scenario);
        command.Options.Add(seed);
        command.Options.Add(outDir);
        command.Options.Add(duration);
        command.SetAction(parsed =>
        {
            var request = new RunRequest(
                ShippedScenarios.Resolve(parsed.GetValue(scenario)),
                parsed.GetValue(seed),
                parsed.GetValue(outDir),
                parsed.GetValue(duration),
                ["geosim", .. parsed.Tokens.Select(t => t.Value)]);
            return Execute(request, output, error);
        });
        return command;
    }

    private static int Execute(RunRequest request, TextWriter output, TextWriter error)
    {
        var loaded = ScenarioLoader.LoadFile(request.ScenarioPath);
        if (!loaded.Ok)
        {
            foreach (var e in loaded.Errors)
            {
                error.WriteLine(e);
            }
            return ExitCodes.BadInput;
        }
        if (!TryApplyOverrides(loaded.Scenario!, request, error, out var spec))
        {
            return ExitCodes.BadInput;
        }

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
            foreach (var strategy in spec.Strategies)
            {
                results.Add(new Simulation(spec, strategy).Run(cancel.Token));
                if (cancel.IsCancellationRequested)
                {
                    break;
                }
            }
            var wall = clock.Elapsed.TotalSeconds;
            var folder = request.OutDir ?? Path.Combine("results", spec.Name);
            OutputFolder.Write(folder, results, new RunInfo(Version, wall, request.CommandLine, cancel.IsCancellationRequested));
            RunReport.Print(output, results, wall, folder);
            return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static bool TryApplyOverrides(ScenarioSpec scenario, RunRequest request, TextWriter error, out ScenarioSpec spec)
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
        return true;
    }

    private static string Version =>
        typeof(RunCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private sealed record RunRequest(string ScenarioPath, long? Seed, string? OutDir, string? Duration, IReadOnlyList<string> CommandLine);
}
