using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>A link direction offered more than its bandwidth over one window starting at <paramref name="SinceNanos"/>.</summary>
internal readonly record struct LinkOverload(RegionId From, RegionId To, long SinceNanos, double OfferedBitsPerSecond, double BandwidthBitsPerSecond);
