namespace GeoSim.Scenario.Expressions;

/// <summary>A parsed expression, or the errors that prevented it.</summary>
internal sealed record ExpressionResult<T>(T? Value, IReadOnlyList<ExpressionError> Errors)
    where T : class;
