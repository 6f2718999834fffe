using GeoSim.Core.Distributions;

namespace GeoSim.Scenario.Sections;

/// <summary>What one of <c>network.default</c>, <c>network.intra-region</c> or a link entry sets; null = not given.</summary>
internal sealed record LinkOptions(Distribution? Latency, double? BandwidthBitsPerSecond, double? Loss)
{
    public static readonly LinkOptions None = new(null, null, null);
}
