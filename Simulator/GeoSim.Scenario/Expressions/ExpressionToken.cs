namespace GeoSim.Scenario.Expressions;

/// <summary>One token and its offset in the expression text (for error columns).</summary>
internal sealed record ExpressionToken(TokenKind Kind, string Text, int Offset)
{
    public string Describe() => Kind == TokenKind.End ? "the end of the text" : $"'{Text}'";
}
