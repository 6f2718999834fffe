using System.CommandLine;
using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim sweep SWEEP.yaml [--out DIR] [--parallel N] [--shard I/N] [--charts] [--force]</c> (docs/sweeps.md).</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sweep = new Argument<string>("sweep") { Description = "A sweep file (docs/sweeps.md)." };
        var outDir = SweepOptions.Out("results/<sweep-name>");
        var parallel = SweepOptions.Parallel();
        var shard = new Option<string?>("--shard") { Description = "Run only the I-th of N slices of the runs, e.g. 2/8; combine the shards with geosim merge." };
        var charts = new Option<bool>("--charts") { Description = "Also keep every run's charts and report.html (under runs/)." };
        var force = SweepOptions.Force();
        var command = new Command("sweep", "Run a scenario over a grid of values and seeds; write runs.csv, sweep.csv with confidence intervals, charts and sweep.html.");
        command.Arguments.Add(sweep);
        foreach (var option in new Option[] { outDir, parallel, shard, charts, force })
        {
            command.Options.Add(option);
        }
        command.SetAction(parsed =>
        {
            Shard? slice = null;
            if (parsed.GetValue(shard) is { } text && !Shard.TryParse(text, out slice, out var problem))
            {
                error.WriteLine($"geosim: --shard {text}: {problem}");
                return ExitCodes.BadInput;
            }
            var threads = parsed.GetValue(parallel);
            if (SweepOptions.ParallelProblem(threads) is { } parallelProblem)
            {
                error.WriteLine($"geosim: {parallelProblem}");
                return ExitCodes.BadInput;
            }
            var request = new SweepRequest(parsed.GetValue(sweep)!, parsed.GetValue(outDir), threads, slice, parsed.GetValue(charts), parsed.GetValue(force));
            return new SweepSession(output, error).Run(request);
        });
        return command;
    }
}
