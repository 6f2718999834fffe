namespace GeoSim.Scenario.Expressions;

/// <summary>The tokens of the distribution and key-distribution mini-languages.</summary>
internal enum TokenKind
{
    /// <summary>A name or a value: <c>lognormal</c>, <c>40ms</c>, <c>0.9</c>, <c>1%</c>, <c>samples.csv</c>.</summary>
    Word,
    LeftParen,
    RightParen,
    Comma,
    Equals,
    Colon,
    Plus,
    End,
}
