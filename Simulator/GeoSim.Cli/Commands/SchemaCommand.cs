using System.CommandLine;
using GeoSim.Scenario.Schema;

namespace GeoSim.Cli.Commands;

/// <summary><c>geosim schema</c>: the JSON Schema of scenario files, for editors (Scenarios/scenario.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("schema", "Print the JSON Schema (draft-07) of scenario files, for editors.");
        command.SetAction(_ =>
        {
            output.Write(ScenarioSchema.Json());
            return ExitCodes.Success;
        });
        return command;
    }
}
