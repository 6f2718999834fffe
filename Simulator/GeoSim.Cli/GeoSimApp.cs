using System.CommandLine;
using GeoSim.Cli.Commands;

namespace GeoSim.Cli;

/// <summary>The <c>geosim</c> command line: parses, dispatches, and maps every failure to an exit code.</summary>
public static class GeoSimApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an internal error, print the stack trace too.",
            Recursive = true,
        };
        var root = new RootCommand("GeoSim: a deterministic simulator of multi-region database deployments.");
        root.Options.Add(verbose);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(output);
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        root.Subcommands.Add(ReplayCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(SweepCommand.Create(output, error));
        root.Subcommands.Add(MergeCommand.Create(output, error));
        root.Subcommands.Add(AdviseCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output));
        root.Subcommands.Add(SchemaCommand.Create(output));

        var parsed = root.Parse(args);
        var problems = CommandLineErrors.Describe(parsed);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"geosim: {problem}");
            }
            error.WriteLine($"Run '{CommandLineErrors.HelpCommand(parsed)}' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            // GeoSim reports its own internal errors: System.CommandLine's handler would print a raw stack trace.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            InternalErrorReport.Write(error, e, parsed, args, parsed.GetValue(verbose));
            return ExitCodes.InternalError;
        }
    }
}
