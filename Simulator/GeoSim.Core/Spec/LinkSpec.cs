using GeoSim.Core.Distributions;

namespace GeoSim.Core.Spec;

/// <summary>One direction of a link between two regions.</summary>
/// <param name="Latency">One-way propagation delay, nanoseconds.</param>
/// <param name="BandwidthBitsPerSecond">0 means unlimited (no serialization delay).</param>
/// <param name="Loss">Probability that one transmission is lost.</param>
public sealed record LinkSpec(RegionId From, RegionId To, Distribution Latency, double BandwidthBitsPerSecond, double Loss);
