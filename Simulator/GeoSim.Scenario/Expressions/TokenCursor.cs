namespace GeoSim.Scenario.Expressions;

/// <summary>Walks a token list for a recursive-descent parser.</summary>
internal sealed class TokenCursor(IReadOnlyList<ExpressionToken> tokens)
{
    private int _index;

    public ExpressionToken Peek => tokens[_index];

    public ExpressionToken Next()
    {
        var token = tokens[_index];
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }
        return token;
    }

    public bool TryTake(TokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }
        Next();
        return true;
    }

    /// <summary>Takes a token of <paramref name="kind"/> or stops the parse with "expected <paramref name="expected"/>".</summary>
    public ExpressionToken Expect(TokenKind kind, string expected) =>
        Peek.Kind == kind ? Next() : throw new ExpressionSyntaxException(Peek.Offset, $"expected {expected}, found {Peek.Describe()}");

    /// <summary>Stops the parse unless every token was used.</summary>
    public void ExpectEnd() => Expect(TokenKind.End, "'+' or the end of the expression");
}
