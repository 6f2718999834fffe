namespace GeoSim.Scenario.Expressions;

/// <summary>
/// Unwinds a recursive-descent parse at the first syntax error; the parser catches it and turns
/// it into an <see cref="ExpressionError"/>, so it never leaves the parser.
/// </summary>
internal sealed class ExpressionSyntaxException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
