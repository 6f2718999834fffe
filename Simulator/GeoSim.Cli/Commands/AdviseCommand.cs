using System.CommandLine;
using GeoSim.Cli.Advise;

namespace GeoSim.Cli.Commands;

/// <summary>
/// <c>geosim advise SCENARIO --slo TARGETS --try KEY=V1,V2 [--try ...] [--objective min:M.S] [--seeds N]
/// [--out DIR] [--parallel N] [--force]</c> (docs/sweeps.md, "Advice").
/// </summary>
internal static class AdviseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped one." };
        var slo = new Option<string>("--slo")
        {
            Description = "Targets every recommended configuration meets, e.g. \"write_latency_ms.p99<=150, lost_updates.count==0, availability.min>=0.999, cross_region_bytes<=5GB\".",
            Required = true,
        };
        var tries = new Option<string[]>("--try")
        {
            Description = "KEY=V1,V2,...: values to try (repeatable): a strategy knob (replication=async,sync), strategy=LABELS, or a scenario path.",
            AllowMultipleArgumentsPerToken = false,
        };
        var objective = new Option<string>("--objective")
        {
            Description = "What ranks the configurations that meet every target: min:METRIC.STATISTIC or max:METRIC.STATISTIC.",
            DefaultValueFactory = _ => Objective.Default,
        };
        var seeds = new Option<int>("--seeds") { Description = "Seeds per configuration (1 to N).", DefaultValueFactory = _ => 5 };
        var outDir = SweepOptions.Out("results/advise-<scenario>");
        var parallel = SweepOptions.Parallel();
        var force = SweepOptions.Force();
        var command = new Command("advise", "Sweep the configurations you allow over seeds, judge each against your targets, rank those that meet them all, and chart write latency against lost updates.");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { slo, tries, objective, seeds, outDir, parallel, force })
        {
            command.Options.Add(option);
        }
        command.SetAction(parsed =>
        {
            var threads = parsed.GetValue(parallel);
            var seedCount = parsed.GetValue(seeds);
            var problem = SweepOptions.ParallelProblem(threads)
                ?? (seedCount is < 1 or > Sweep.SweepFileReader.MaxRuns ? $"--seeds {seedCount}: expected a whole number from 1 to {Sweep.SweepFileReader.MaxRuns}" : null);
            if (problem is not null)
            {
                error.WriteLine($"geosim: {problem}");
                return ExitCodes.BadInput;
            }
            var request = new AdviseRequest(parsed.GetValue(scenario)!, parsed.GetValue(slo)!, parsed.GetValue(tries) ?? [],
                parsed.GetValue(objective)!, seedCount, parsed.GetValue(outDir), threads, parsed.GetValue(force));
            return new AdviseSession(output, error).Run(request);
        });
        return command;
    }
}
