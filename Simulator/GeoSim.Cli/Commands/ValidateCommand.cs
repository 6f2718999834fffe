using System.CommandLine;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Scenario;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim validate SCENARIO...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = "Scenario files (or names of shipped scenarios) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check scenario files and report every error with its line and column.");
        command.Arguments.Add(scenarios);
        command.SetAction(parsed =>
        {
            var bad = 0;
            foreach (var argument in parsed.GetValue(scenarios) ?? [])
            {
                var result = ScenarioLoader.LoadFile(ShippedScenarios.Resolve(argument));
                if (result.Ok)
                {
                    output.WriteLine($"{argument}: ok ({result.Scenario!.Name}, fingerprint {result.Scenario.Fingerprint})");
                    foreach (var limit in FailoverReach.Limits(result.Scenario))
                    {
                        output.WriteLine($"  note: {limit}");
                    }
                    continue;
                }
                bad++;
                foreach (var e in result.Errors)
                {
                    error.WriteLine(e);
                }
            }
            return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
