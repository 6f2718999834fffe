using System.Globalization;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Units;

/// <summary><c>20ppm</c>: a clock's rate error in parts per million; negative means the clock runs slow.</summary>
internal static class DriftParser
{
    private static readonly UnitTable Table = new("drift", "ppm", new Dictionary<string, decimal> { ["ppm"] = 1m });

    public static bool TryParse(string text, out double ppm, out string error)
    {
        ppm = 0;
        if (!Table.TryParse(text, out var value, out error))
        {
            return false;
        }
        // The clock model needs the local clock to keep moving forward, which bounds the drift.
        if (Math.Abs(value) > (decimal)ClockSpec.MaxAbsDriftPpm)
        {
            error = $"{text}: a drift must be within ±{ClockSpec.MaxAbsDriftPpm.ToString(CultureInfo.InvariantCulture)}ppm";
            return false;
        }
        ppm = (double)value;
        return true;
    }
}
