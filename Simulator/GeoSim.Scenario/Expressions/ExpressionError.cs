namespace GeoSim.Scenario.Expressions;

/// <summary>An error at <paramref name="Offset"/> characters into the expression text.</summary>
internal sealed record ExpressionError(int Offset, string Message);
