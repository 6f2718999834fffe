using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Expressions;

/// <summary>Reads argument values of an expression, reporting bad ones at their offset and returning null.</summary>
/// <param name="signedDurations">
/// Whether plain durations may be negative. Only clock offsets allow it (<c>-250ms</c>, a
/// <c>normal</c> with a negative mean); scales, spreads and means that must be positive never do.
/// </param>
internal sealed class ValueTokens(List<ExpressionError> errors, bool signedDurations)
{
    /// <summary>A duration in nanoseconds; null when absent (already reported) or invalid.</summary>
    public double? Duration(ExpressionToken? token) => Nanos(token, signedDurations);

    public double? PositiveDuration(ExpressionToken? token, string function, string argument)
    {
        var nanos = Nanos(token, allowNegative: false);
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

    private double? Nanos(ExpressionToken? token, bool allowNegative)
    {
        if (token is null)
        {
            return null;
        }
        var ok = allowNegative
            ? DurationParser.TryParseSignedNanos(token.Text, out var nanos, out var error)
            : DurationParser.TryParseNanos(token.Text, out nanos, out error);
        if (!ok)
        {
            errors.Add(new ExpressionError(token.Offset, error));
            return null;
        }
        return (double)nanos;
    }
}
