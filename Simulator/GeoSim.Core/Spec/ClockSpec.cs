using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// The physical clocks of a region's nodes: an offset drawn once per node, a drift rate, and an
/// optional periodic resync that resets the offset to within <see cref="SyncError"/>.
/// </summary>
/// <param name="Offset">Initial offset from true time, nanoseconds (may be negative).</param>
/// <param name="DriftPpm">Rate error in parts per million: the clock gains DriftPpm µs per true second.</param>
/// <param name="SyncEvery">Resync period; zero means the clock is never corrected.</param>
public sealed record ClockSpec(Distribution Offset, double DriftPpm, SimDuration SyncEvery, SimDuration SyncError)
{
    /// <summary>Drift is limited so a local clock always moves forward between steps.</summary>
    public const double MaxAbsDriftPpm = 100_000;

    /// <summary>A perfect clock: what a scenario without <c>clocks:</c> gets.</summary>
    public static readonly ClockSpec Perfect = new(new ConstantDistribution(0), 0, SimDuration.Zero, SimDuration.Zero);
}
