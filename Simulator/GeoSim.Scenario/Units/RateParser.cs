namespace GeoSim.Scenario.Units;

/// <summary><c>1000/s</c>, <c>30/m</c>, <c>10/h</c>, in events per second. The caller checks the sign.</summary>
internal static class RateParser
{
    private static readonly UnitTable Table = new("rate", "/s", new Dictionary<string, decimal>
    {
        ["/s"] = 1m,
        ["/m"] = 1m / 60,
        ["/h"] = 1m / 3600,
    });

    public static bool TryParse(string text, out double perSecond, out string error)
    {
        var ok = Table.TryParse(text, out var value, out error);
        perSecond = (double)value;
        return ok;
    }
}
