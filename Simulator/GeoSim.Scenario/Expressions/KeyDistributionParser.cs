using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Expressions;

/// <summary><c>uniform</c>, <c>zipf(1.1)</c> or <c>hotspot(keys=1%, share=90%)</c>.</summary>
internal sealed class KeyDistributionParser
{
    private static readonly string[] Names = ["uniform", "zipf", "hotspot"];
    private const string Expected = "uniform, zipf(s) or hotspot(keys=1%, share=90%)";

    private readonly TokenCursor _cursor;
    private readonly List<ExpressionError> _errors = [];

    private KeyDistributionParser(string text)
    {
        _cursor = new TokenCursor(ExpressionLexer.Tokenize(text));
    }

    public static ExpressionResult<KeyDistributionSpec> Parse(string text)
    {
        var parser = new KeyDistributionParser(text);
        try
        {
            var keys = parser.ParseKeys();
            parser._cursor.Expect(TokenKind.End, "the end of the text");
            return parser._errors.Count == 0 ? new(keys, []) : new(null, parser._errors);
        }
        catch (ExpressionSyntaxException e)
        {
            parser._errors.Add(new ExpressionError(e.Offset, e.Message));
            return new(null, parser._errors);
        }
    }

    private KeyDistributionSpec ParseKeys()
    {
        var name = _cursor.Expect(TokenKind.Word, Expected);
        switch (name.Text)
        {
            case "uniform":
                return new UniformKeys();
            case "zipf":
                _cursor.Expect(TokenKind.LeftParen, "'(' after zipf, e.g. zipf(1.1)");
                var s = new ValueTokens(_errors, signedDurations: false).PositiveNumber(_cursor.Expect(TokenKind.Word, "the exponent s, e.g. zipf(1.1)"), "zipf", "s");
                _cursor.Expect(TokenKind.RightParen, "')'");
                return new ZipfKeys(s ?? 0);
            case "hotspot":
                var arguments = NamedArguments.Parse(_cursor, name, ["keys", "share"], ["keys", "share"], "hotspot(keys=1%, share=90%)", _errors);
                return new HotspotKeys(Fraction(arguments["keys"]) ?? 0, Fraction(arguments["share"]) ?? 0);
            default:
                throw new ExpressionSyntaxException(name.Offset, $"unknown key distribution '{name.Text}'{HintOrExpected(name.Text)}");
        }
    }

    private static string HintOrExpected(string name) =>
        Suggestions.Closest(name, Names) is { } close ? $"; did you mean '{close}'?" : $"; expected {Expected}";

    /// <summary>A share in (0, 1]: a hot spot of no keys, or taking no accesses, is not a hot spot.</summary>
    private double? Fraction(ExpressionToken? token)
    {
        if (token is null)
        {
            return null;
        }
        if (!ProbabilityParser.TryParse(token.Text, out var fraction, out var error))
        {
            _errors.Add(new ExpressionError(token.Offset, error));
            return null;
        }
        if (fraction == 0)
        {
            _errors.Add(new ExpressionError(token.Offset, $"hotspot: {token.Text} must be > 0"));
            return null;
        }
        return fraction;
    }
}
