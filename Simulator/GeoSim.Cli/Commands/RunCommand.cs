using System.CommandLine;
using GeoSim.Reports;

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
        var options = new RunOptions();
        var command = new Command("run", "Simulate a scenario and write CSV files, run.json, charts and report.html.");
        command.Arguments.Add(scenario);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var request = options.Read(parsed, ShippedScenarios.Resolve(parsed.GetValue(scenario)));
            var runner = new ScenarioRunner(output, error);
            return runner.TryLoad(request, out var spec)
                ? runner.RunAndWrite(spec, spec.Strategies, request, ReportParts.ForRun, RunReport.Print)
                : ExitCodes.BadInput;
        });
        return command;
    }
}
