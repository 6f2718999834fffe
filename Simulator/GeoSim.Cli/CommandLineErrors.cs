using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Cli;

/// <summary>
/// What is wrong with a command line, in words a user can act on: unknown commands and options
/// with the nearest valid one, values that do not convert ("a whole number", not a .NET type
/// name), and scenario names that are neither a file nor a shipped scenario.
/// </summary>
internal static class CommandLineErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parsed)
    {
        var unknown = UnknownWords(parsed);
        if (unknown.Count > 0)
        {
            // A misspelt option often makes its value look like a stray argument: report the cause only.
            return unknown;
        }
        if (parsed.Errors.Count > 0)
        {
            return parsed.Errors.Select(Explain).Distinct().ToList();
        }
        return parsed.CommandResult.Command.Name == "validate" ? [] : UnknownScenarios(parsed);
    }

    /// <summary>The help command for where the parse stopped, e.g. <c>geosim run --help</c>.</summary>
    public static string HelpCommand(ParseResult parsed) =>
        parsed.CommandResult.Parent is null ? "geosim --help" : $"geosim {parsed.CommandResult.Command.Name} --help";

    private static List<string> UnknownWords(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var where = parsed.CommandResult.Parent is null ? "geosim" : $"geosim {command.Name}";
        var problems = new List<string>();
        var strays = parsed.UnmatchedTokens.Concat(ScenarioValues(parsed).Where(v => v.StartsWith('-') && !File.Exists(v)));
        foreach (var word in strays.Distinct())
        {
            if (word.StartsWith('-') && word.Length > 1 && !double.TryParse(word, CultureInfo.InvariantCulture, out _))
            {
                var options = OptionNames(parsed.CommandResult);
                problems.Add($"unknown option '{word}' for '{where}'{Hint(word, options)}");
            }
            else if (parsed.CommandResult.Parent is null)
            {
                problems.Add($"unknown command '{word}'{Hint(word, command.Subcommands.Select(c => c.Name).ToList())}");
            }
        }
        if (problems.Count == 0 && parsed.CommandResult.Parent is null && parsed.Errors.Count > 0 && !parsed.Tokens.Any(t => t.Type == TokenType.Argument))
        {
            problems.Add($"no command given; choose one of {string.Join(", ", command.Subcommands.Select(c => c.Name))}");
        }
        return problems;
    }

    private static string Hint(string word, IReadOnlyCollection<string> candidates) =>
        Suggestions.Closest(word, candidates) is { } close
            ? $"; did you mean '{close}'?"
            : $"; expected one of {string.Join(", ", candidates)}";

    /// <summary>The options valid at this command: its own and the recursive ones of its parents (--help, --verbose).</summary>
    private static List<string> OptionNames(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is CommandResult level)
            {
                var own = ReferenceEquals(level, result);
                names.AddRange(level.Command.Options.Where(o => own || o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)));
            }
        }
        return names.Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
    }

    private static string Explain(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is null)
        {
            return error.Message;
        }
        var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
        var token = option.Tokens.FirstOrDefault()?.Value;
        if (token is null)
        {
            return ValueWords.Expected(type) is { } what ? $"{option.Option.Name} needs a value: {what}" : $"{option.Option.Name} needs a value";
        }
        return ValueWords.Problem(token, type) is { } problem ? $"{option.Option.Name} {token}: {problem}" : error.Message;
    }

    private static IEnumerable<string> ScenarioValues(ParseResult parsed) =>
        parsed.CommandResult.Children.OfType<ArgumentResult>()
            .Where(a => a.Argument.Name == "scenario")
            .SelectMany(a => a.Tokens.Select(t => t.Value));

    private static List<string> UnknownScenarios(ParseResult parsed) =>
        ScenarioValues(parsed).Select(ShippedScenarios.Problem).OfType<string>().ToList();
}
