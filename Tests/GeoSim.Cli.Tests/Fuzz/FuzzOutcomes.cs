using System.Text.RegularExpressions;

namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>Counts how the mutants ended, per command, and keeps a description of every one that ended badly.</summary>
internal sealed class FuzzOutcomes
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    /// <summary>Judges one command on one mutant; an error must say where (file:line:col) unless it is about the command line.</summary>
    public void Record(string command, int? exit, string err, string file, string mutant)
    {
        var outcome = exit is null ? "hang" : $"exit {exit}";
        _counts[$"{command} {outcome}"] = _counts.GetValueOrDefault($"{command} {outcome}") + 1;
        var problem = exit switch
        {
            null => "did not finish within its time bound",
            not (0 or 2) => $"ended with exit {exit}",
            _ when err.Contains("   at ", StringComparison.Ordinal) => "printed a stack trace",
            2 when command == "validate" && !EveryLineHasAPosition(err, file) => "reported an error without file:line:col",
            2 when err.Trim().Length == 0 => "exited 2 without saying why",
            _ => null,
        };
        if (problem is not null)
        {
            Failures.Add($"{command} {problem}: {mutant}\n    {string.Join("\n    ", err.Split('\n').Take(4))}");
        }
    }

    public string Summary() => string.Join(", ", _counts.Select(c => $"{c.Key}: {c.Value}"));

    private static bool EveryLineHasAPosition(string err, string file)
    {
        var positioned = new Regex($"^{Regex.Escape(file)}:\\d+:\\d+: error: ");
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 && lines.All(positioned.IsMatch);
    }
}
