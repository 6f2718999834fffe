using System.CommandLine;
using GeoSim.Scenario;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim list</c>: the shipped scenarios with their descriptions.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("list", "List the shipped scenarios with their descriptions.");
        command.SetAction(_ =>
        {
            var files = ShippedScenarios.All();
            var names = ShippedScenarios.Names();
            var width = names.Count == 0 ? 0 : names.Max(n => n.Length);
            for (var i = 0; i < files.Count; i++)
            {
                var loaded = ScenarioLoader.LoadFile(files[i]);
                var description = loaded.Scenario is { } s ? FirstSentence(s.Description) : "(does not load: run geosim validate)";
                output.WriteLine($"{names[i].PadRight(width)}  {description}");
            }
            output.WriteLine();
            output.WriteLine("Run one with: geosim run NAME");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string FirstSentence(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var end = flat.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? flat[..(end + 1)] : flat;
    }
}
