using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Expressions;

/// <summary>
/// The <c>(name=value, ...)</c> list of a call such as <c>uniform(min=10ms, max=20ms)</c>: every
/// argument known, none given twice, all required ones present.
/// </summary>
internal sealed class NamedArguments
{
    private readonly Dictionary<string, ExpressionToken> _values = new(StringComparer.Ordinal);

    private NamedArguments()
    {
    }

    /// <summary>Parses from the '(' up to and including the ')'.</summary>
    /// <param name="usage">An example call, shown when an argument is missing.</param>
    public static NamedArguments Parse(
        TokenCursor cursor, ExpressionToken function, IReadOnlyList<string> names, IReadOnlyList<string> required, string usage, List<ExpressionError> errors)
    {
        var arguments = new NamedArguments();
        var anyUnknown = false;
        cursor.Expect(TokenKind.LeftParen, "'('");
        do
        {
            var name = cursor.Expect(TokenKind.Word, $"an argument name ({string.Join(", ", names)})");
            cursor.Expect(TokenKind.Equals, $"'=' after '{name.Text}'");
            var value = cursor.Expect(TokenKind.Word, $"a value for '{name.Text}'");
            if (!names.Contains(name.Text))
            {
                anyUnknown = true;
                errors.Add(new ExpressionError(name.Offset, $"{function.Text} has no argument '{name.Text}'{Suggestions.Hint(name.Text, names)}"));
            }
            else if (!arguments._values.TryAdd(name.Text, value))
            {
                errors.Add(new ExpressionError(name.Offset, $"'{name.Text}' is given twice"));
            }
        }
        while (cursor.TryTake(TokenKind.Comma));
        cursor.Expect(TokenKind.RightParen, "',' or ')'");

        // A misspelt argument already produced a "did you mean"; a second error for it would be noise.
        if (!anyUnknown)
        {
            foreach (var missing in required.Where(r => !arguments._values.ContainsKey(r)))
            {
                errors.Add(new ExpressionError(function.Offset, $"{function.Text} needs '{missing}', e.g. {usage}"));
            }
        }
        return arguments;
    }

    public ExpressionToken? this[string name] => _values.GetValueOrDefault(name);
}
