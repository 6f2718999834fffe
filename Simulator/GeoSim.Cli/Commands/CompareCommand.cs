using System.CommandLine;
using GeoSim.Reports;

namespace GeoSim.Cli.Commands;

/// <summary>
/// <c>geosim compare SCENARIO [--strategies a,b] [--out DIR] [--seed N] [--duration D]</c>: every
/// strategy of the scenario's <c>strategies:</c> list (or those named) on the same seed, workload
/// and faults, with overlaid charts and a comparison table.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file or the name of a shipped scenario." };
        var strategies = new Option<string?>("--strategies")
        {
            Description = "Comma-separated labels of the strategies to compare (default: all of them).",
        };
        var options = new RunOptions();
        var command = new Command("compare", "Run several strategies of a scenario on the same seed and compare them.");
        command.Arguments.Add(scenario);
        command.Options.Add(strategies);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var request = options.Read(parsed, ShippedScenarios.Resolve(parsed.GetValue(scenario)));
            var runner = new ScenarioRunner(output, error);
            if (!runner.TryLoad(request, out var spec) || !StrategySelection.TrySelect(spec, parsed.GetValue(strategies), "--strategies", error, out var selected))
            {
                return ExitCodes.BadInput;
            }
            return runner.RunAndWrite(spec, selected, request, ReportParts.ForCompare, CompareTable.Print);
        });
        return command;
    }
}
