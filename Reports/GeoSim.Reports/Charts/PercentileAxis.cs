using System.Globalization;
using ScottPlot.TickGenerators;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The y axis of a CDF as HdrHistogram plots it: a share p is drawn at −log10(1 − p), so 0, 90,
/// 99, 99.9 and 99.99 % are evenly spaced and the tail gets as much room as the body. Shares
/// beyond the top (and p = 1) are drawn at the top.
/// </summary>
internal static class PercentileAxis
{
    /// <summary>The top of the axis: 99.99 %.</summary>
    public const int Nines = 4;

    public static double ToAxis(double share) => share >= 1 ? Nines : Math.Min(Nines, -Math.Log10(1 - Math.Max(0, share)));

    public static double FromAxis(double y) => 1 - Math.Pow(10, -y);

    public static NumericManual Ticks()
    {
        var ticks = new NumericManual();
        for (var nines = 0; nines <= Nines; nines++)
        {
            ticks.AddMajor(nines, Label(nines));
        }
        return ticks;
    }

    /// <summary>"0 %", "90 %", "99 %", "99.9 %", "99.99 %".</summary>
    public static string Label(int nines) =>
        (FromAxis(nines) * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
