using System.Globalization;
using GeoSim.Core.Distributions;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// <c>network.preset: aws</c>: median round-trip times between AWS regions, from the embedded
/// Presets/aws-rtt-p50-2025.csv (cloudping.co p50, one-year window, captured 2025-05-29). Rows are
/// directed (from -> to); the diagonal is the RTT inside a region.
/// </summary>
internal static class AwsPreset
{
    public const string Name = "aws";

    private const string ResourceName = "GeoSim.Scenario.Presets.aws-rtt-p50-2025.csv";

    private static readonly IReadOnlyDictionary<(string From, string To), decimal> RttMilliseconds = Load();

    /// <summary>Half the median RTT from <paramref name="from"/> to <paramref name="to"/>, or null for a pair the matrix lacks.</summary>
    public static Distribution? OneWayLatency(string from, string to) =>
        RttMilliseconds.TryGetValue((from, to), out var rtt)
            ? new ConstantDistribution((double)(rtt * 1_000_000m / 2))
            : null;

    private static Dictionary<(string, string), decimal> Load() =>
        // Decimal keeps the published milliseconds exact (69.558 ms / 2 = 34.779 ms to the nanosecond).
        PresetTable.Rows(ResourceName).ToDictionary(f => (f[0], f[1]), f => decimal.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture));
}
