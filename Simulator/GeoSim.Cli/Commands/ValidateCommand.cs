using System.CommandLine;
using GeoSim.Scenario;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim validate SCENARIO|FOLDER...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = "Scenario files, names of shipped scenarios, or folders (every *.yaml below them).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check scenario files and report every error with its line and column.");
        command.Arguments.Add(scenarios);
        command.SetAction(parsed =>
        {
            var bad = 0;
            foreach (var argument in parsed.GetValue(scenarios) ?? [])
            {
                bad += Directory.Exists(argument) ? ValidateFolder(argument, output, error) : Validate(argument, output, error);
            }
            return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    /// <returns>The number of files that failed: a folder with no scenario in it counts as one.</returns>
    private static int ValidateFolder(string folder, TextWriter output, TextWriter error)
    {
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"geosim: {folder}: no *.yaml files in this folder or below it");
            return 1;
        }
        return files.Sum(f => Validate(f, output, error));
    }

    private static int Validate(string argument, TextWriter output, TextWriter error)
    {
        if (ShippedScenarios.Problem(argument) is { } problem)
        {
            error.WriteLine($"geosim: {problem}");
            return 1;
        }
        var result = ScenarioLoader.LoadFile(ShippedScenarios.Resolve(argument));
        if (result.Ok)
        {
            output.WriteLine($"{argument}: ok ({result.Scenario!.Name}, fingerprint {result.Scenario.Fingerprint})");
            foreach (var limit in ScenarioNotes.For(result.Scenario))
            {
                output.WriteLine($"  note: {limit}");
            }
            return 0;
        }
        foreach (var e in result.Errors)
        {
            error.WriteLine(e);
        }
        return 1;
    }
}
