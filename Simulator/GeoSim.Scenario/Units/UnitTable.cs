using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Units;

/// <summary>
/// A number followed by one of a fixed set of units, scaled to the base unit. The sign is not
/// checked here: each quantity words its own rule.
/// </summary>
/// <param name="Quantity">"duration", "rate", ... as used in messages.</param>
/// <param name="ExampleUnit">The unit suggested when a bare number is given.</param>
internal sealed record UnitTable(string Quantity, string ExampleUnit, IReadOnlyDictionary<string, decimal> Factors)
{
    public bool TryParse(string text, out decimal value, out string error)
    {
        value = 0;
        error = "";
        if (!NumberWithUnit.TrySplit(text, out var number, out var unit))
        {
            error = $"'{text}' is not a {Quantity}; expected a number and a unit, e.g. 10{ExampleUnit}";
            return false;
        }
        if (unit.Length == 0)
        {
            error = $"{text}: a {Quantity} needs a unit, e.g. {text}{ExampleUnit}";
            return false;
        }
        if (!Factors.TryGetValue(unit, out var factor))
        {
            error = $"'{text}' has an unknown unit '{unit}'{Suggestions.Hint(unit, [.. Factors.Keys])}";
            return false;
        }
        if (factor > 1 && Math.Abs(number) > decimal.MaxValue / factor)
        {
            error = $"{text}: the {Quantity} is too large";
            return false;
        }
        value = number * factor;
        return true;
    }
}
