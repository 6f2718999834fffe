using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Expressions;

/// <summary>Reads argument values of an expression, reporting bad ones at their offset and returning null.</summary>
internal sealed class ValueTokens(List<ExpressionError> errors)
{
    /// <summary>A non-negative duration in nanoseconds; null when absent (already reported) or invalid.</summary>
    public double? Duration(ExpressionToken? token)
    {
        if (token is null)
        {
            return null;
        }
        if (!DurationParser.TryParseNanos(token.Text, out var nanos, out var error))
        {
            errors.Add(new ExpressionError(token.Offset, error));
            return null;
        }
        return (double)nanos;
    }

    public double? PositiveDuration(ExpressionToken? token, string function, string argument)
    {
        var nanos = Duration(token);
        if (nanos == 0)
        {
            errors.Add(new ExpressionError(token!.Offset, $"{function}: {argument} must be > 0"));
            return null;
        }
        return nanos;
    }

    /// <summary>A plain number &gt; 0, such as a lognormal's sigma or a pareto's shape.</summary>
    public double? PositiveNumber(ExpressionToken? token, string function, string argument)
    {
        if (token is null)
        {
            return null;
        }
        if (!NumberWithUnit.TrySplit(token.Text, out var number, out var unit) || unit.Length > 0)
        {
            errors.Add(new ExpressionError(token.Offset, $"{function}: {argument} is a plain number without a unit, e.g. {argument}=0.5; found '{token.Text}'"));
            return null;
        }
        if (number <= 0)
        {
            errors.Add(new ExpressionError(token.Offset, $"{function}: {argument} must be > 0, found {token.Text}"));
            return null;
        }
        return (double)number;
    }

    public double? Probability(ExpressionToken token)
    {
        if (!ProbabilityParser.TryParse(token.Text, out var probability, out var error))
        {
            errors.Add(new ExpressionError(token.Offset, error));
            return null;
        }
        return probability;
    }
}
