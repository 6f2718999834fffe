using System.CommandLine;
using System.CommandLine.Parsing;
using GeoSim.Scenario;

namespace GeoSim.Cli;

/// <summary>
/// The paragraph printed when GeoSim itself fails (exit 1): what failed, the scenario's fingerprint
/// and seed, the command that reproduces it, and where to report it. The stack trace only with --verbose.
/// </summary>
internal static class InternalErrorReport
{
    public const string ReportSection = "README.md, section \"Reporting a bug\"";

    public static void Write(TextWriter error, Exception failure, ParseResult parsed, IReadOnlyList<string> args, bool verbose)
    {
        error.WriteLine($"geosim: internal error: {failure.GetType().Name}: {failure.Message}");
        error.WriteLine($"  command:  {Reproduce(args)}");
        error.WriteLine($"  scenario: {ScenarioOrWhyNot(parsed)}");
        error.WriteLine("This is a bug in GeoSim, not a problem with the input: the same command, scenario file and seed");
        error.WriteLine($"reproduce it. Please report it with those three ({ReportSection}).");
        if (verbose)
        {
            error.WriteLine(failure.ToString());
        }
        else
        {
            error.WriteLine("Add --verbose to the command for the stack trace.");
        }
    }

    /// <summary>The command line, quoted so that it can be pasted into a POSIX shell.</summary>
    public static string Reproduce(IReadOnlyList<string> args) =>
        string.Join(' ', args.Select(Quote).Prepend("geosim"));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@%+".Contains(c))
            ? arg
            : $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    /// <summary>The failure may be in the loader itself: then the report says so instead of failing too.</summary>
    private static string ScenarioOrWhyNot(ParseResult parsed)
    {
        try
        {
            return Scenario(parsed);
        }
        catch (Exception e)
        {
            return $"(reading it failed too: {e.GetType().Name})";
        }
    }

    /// <summary>Name, fingerprint and the seed in effect (the --seed override, else the scenario's).</summary>
    private static string Scenario(ParseResult parsed)
    {
        var argument = parsed.CommandResult.Children.OfType<ArgumentResult>()
            .FirstOrDefault(a => a.Argument.Name == "scenario");
        var hasScenario = argument is not null || parsed.CommandResult.Command.Name == "run";
        if (!hasScenario)
        {
            return "(none: this command reads no scenario)";
        }
        var loaded = ScenarioLoader.LoadFile(ShippedScenarios.Resolve(argument?.Tokens.FirstOrDefault()?.Value));
        if (loaded.Scenario is not { } spec)
        {
            return "(does not load)";
        }
        var seedOption = parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--seed");
        var seed = seedOption is null ? null : parsed.GetResult(seedOption)?.GetValueOrDefault<long?>();
        return $"{spec.Name}  fingerprint {spec.Fingerprint}  seed {seed ?? spec.Seed}";
    }
}
