using System.CommandLine;
using GeoSim.Cli.Commands;

namespace GeoSim.Cli;

/// <summary>The <c>geosim</c> command line: parses, dispatches, and maps every failure to an exit code.</summary>
public static class GeoSimApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("GeoSim: a deterministic simulator of multi-region database deployments.");
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        root.Subcommands.Add(ReplayCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"geosim: {parseError.Message}");
            }
            error.WriteLine("Run 'geosim --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"geosim: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in GeoSim. Please report it with the scenario file, the seed and this message.");
            return ExitCodes.InternalError;
        }
    }
}
