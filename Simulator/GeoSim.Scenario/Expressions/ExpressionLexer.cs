namespace GeoSim.Scenario.Expressions;

/// <summary>Splits an expression into words and the punctuation <c>( ) , = : +</c>; spaces only separate.</summary>
internal static class ExpressionLexer
{
    public static IReadOnlyList<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (Punctuation(c) is { } kind)
            {
                tokens.Add(new ExpressionToken(kind, c.ToString(), i));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && Punctuation(text[i]) is null)
                {
                    i++;
                }
                tokens.Add(new ExpressionToken(TokenKind.Word, text[start..i], start));
            }
        }
        tokens.Add(new ExpressionToken(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static TokenKind? Punctuation(char c) => c switch
    {
        '(' => TokenKind.LeftParen,
        ')' => TokenKind.RightParen,
        ',' => TokenKind.Comma,
        '=' => TokenKind.Equals,
        ':' => TokenKind.Colon,
        '+' => TokenKind.Plus,
        _ => null,
    };
}
