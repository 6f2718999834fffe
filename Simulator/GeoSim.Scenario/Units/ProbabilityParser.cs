namespace GeoSim.Scenario.Units;

/// <summary><c>0.001</c> or <c>0.1%</c>, within [0, 1].</summary>
internal static class ProbabilityParser
{
    public static bool TryParse(string text, out double probability, out string error)
    {
        probability = 0;
        error = "";
        var isPercent = text.EndsWith('%');
        if (!NumberWithUnit.TryParseNumber(isPercent ? text[..^1] : text, out var number)
            || (isPercent ? number / 100 : number) is < 0 or > 1)
        {
            error = $"'{text}' is not a probability; expected a number from 0 to 1 or a percentage, e.g. 0.9 or 90%";
            return false;
        }
        probability = (double)(isPercent ? number / 100 : number);
        return true;
    }
}
