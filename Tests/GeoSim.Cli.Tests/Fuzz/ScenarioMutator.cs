using System.Text.RegularExpressions;

namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>
/// Makes mutants of a scenario text from a seed: deleted or duplicated lines, values swapped
/// between lines, extreme numbers and durations, values of the wrong type, junk characters and
/// broken indentation. One seed always gives the same mutant.
/// </summary>
internal sealed partial class ScenarioMutator(int seed)
{
    private static readonly string[] Extremes =
    [
        "0", "-1", "1", "2147483647", "2147483648", "9223372036854775807", "-9223372036854775808", "1e308", "-1e308", "NaN", "0.0000001",
        "0s", "1ns", "1us", "1ms", "200000d", "365d", "366d", "-5s", "1e9d", "1.5",
        "1e9/s", "1e5/s", "0/s", "1bps", "1Tbps", "0bps", "100%", "101%", "0%", "2147483647B", "0B", "1e12B",
        "lognormal(median=1ms, sigma=1000)", "normal(mean=1ms, stddev=1e9d)", "normal(mean=0ms, stddev=10ms)", "pareto(scale=1ms, shape=0.01)",
        "exponential(mean=365d)", "mixture(0.5: 1ms, 0.6: 2ms)", "uniform(min=5ms, max=1ms)", "empirical(file=/dev/zero)",
        "empirical(file=../../etc/passwd)", "empirical(file=data)", "unknown(x=1)", "1ms +", "((", "all", "true", "~", "\"\"", "[]", "{}",
    ];

    private static readonly string[] WrongTypes = ["[a, b]", "{x: 1}", "[]", "{}", "|\n  text", "- item", "&anchor 1", "*nowhere"];

    private const string JunkCharacters = ":{}[]-#&*!|>'\"%@,?\t\\ ü\u0000";

    private readonly Random _random = new(seed);

    /// <summary>One to three mutations of <paramref name="text"/>, with a note of what was done.</summary>
    public (string Text, string Note) Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var notes = new List<string>();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count && lines.Count > 0; i++)
        {
            notes.Add(MutateOnce(lines));
        }
        return (string.Join('\n', lines), string.Join("; ", notes));
    }

    private string MutateOnce(List<string> lines)
    {
        var line = _random.Next(lines.Count);
        switch (_random.Next(8))
        {
            case 0:
                lines.RemoveAt(line);
                return $"deleted line {line + 1}";
            case 1:
                lines.Insert(line, lines[line]);
                return $"duplicated line {line + 1}";
            case 2:
                return SwapValues(lines);
            case 3:
                return ReplaceValue(lines, Pick(Extremes), "extreme");
            case 4:
                return ReplaceValue(lines, Pick(WrongTypes), "wrong type");
            case 5:
                var position = _random.Next(lines[line].Length + 1);
                lines[line] = lines[line].Insert(position, JunkCharacters[_random.Next(JunkCharacters.Length)].ToString());
                return $"junk in line {line + 1}";
            case 6:
                lines[line] = lines[line].StartsWith("  ", StringComparison.Ordinal) && _random.Next(2) == 0 ? lines[line][2..] : "  " + lines[line];
                return $"indentation of line {line + 1}";
            default:
                return ScaleNumber(lines);
        }
    }

    private string SwapValues(List<string> lines)
    {
        var values = ValueLines(lines);
        if (values.Count < 2)
        {
            return "no values to swap";
        }
        var (a, b) = (Pick(values), Pick(values));
        var (ma, mb) = (KeyValue().Match(lines[a]), KeyValue().Match(lines[b]));
        lines[a] = ma.Groups["key"].Value + mb.Groups["value"].Value;
        lines[b] = mb.Groups["key"].Value + ma.Groups["value"].Value;
        return $"swapped the values of lines {a + 1} and {b + 1}";
    }

    private string ReplaceValue(List<string> lines, string value, string what)
    {
        var values = ValueLines(lines);
        if (values.Count == 0)
        {
            return "no value to replace";
        }
        var line = Pick(values);
        lines[line] = KeyValue().Match(lines[line]).Groups["key"].Value + value;
        return $"{what} value {value} in line {line + 1}";
    }

    private string ScaleNumber(List<string> lines)
    {
        var line = _random.Next(lines.Count);
        var numbers = Number().Matches(lines[line]);
        if (numbers.Count == 0)
        {
            return "no number to scale";
        }
        var number = numbers[_random.Next(numbers.Count)];
        var replacement = Pick(["1000000", "1e9", "-" + number.Value, number.Value + "000000", "0"]);
        lines[line] = lines[line][..number.Index] + replacement + lines[line][(number.Index + number.Length)..];
        return $"number {number.Value} -> {replacement} in line {line + 1}";
    }

    private List<int> ValueLines(List<string> lines) =>
        [.. Enumerable.Range(0, lines.Count).Where(i => KeyValue().IsMatch(lines[i]))];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [GeneratedRegex(@"^(?<key>\s*(-\s+)?[A-Za-z0-9_-]+:\s+)(?<value>[^#\s].*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();
}
