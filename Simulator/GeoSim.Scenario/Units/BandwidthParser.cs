namespace GeoSim.Scenario.Units;

/// <summary><c>500bps</c>, <c>1Kbps</c>, <c>100Mbps</c>, <c>10Gbps</c>, in bits per second (SI: 1 Mbps = 1e6 bit/s).</summary>
internal static class BandwidthParser
{
    private static readonly UnitTable Table = new("bandwidth", "Mbps", new Dictionary<string, decimal>
    {
        ["bps"] = 1m,
        ["Kbps"] = 1e3m,
        ["kbps"] = 1e3m,
        ["Mbps"] = 1e6m,
        ["Gbps"] = 1e9m,
        ["Tbps"] = 1e12m,
    });

    /// <summary>A bandwidth &gt; 0 (the model uses 0 for "unlimited", which is said by leaving it out).</summary>
    public static bool TryParse(string text, out double bitsPerSecond, out string error)
    {
        bitsPerSecond = 0;
        if (!Table.TryParse(text, out var value, out error))
        {
            return false;
        }
        if (value <= 0)
        {
            error = $"{text}: a bandwidth must be > 0 (leave it out for unlimited)";
            return false;
        }
        bitsPerSecond = (double)value;
        return true;
    }
}
