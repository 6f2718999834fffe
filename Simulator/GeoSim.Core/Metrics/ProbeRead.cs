namespace GeoSim.Core.Metrics;

/// <summary>
/// A probe read waiting for its start: the key, which delay of <c>at</c> it measures, when its
/// write was acknowledged, and the write's version in the strategy's own order (two longs, compared
/// lexicographically), which the probe's answer must reach to be consistent.
/// </summary>
public readonly record struct ProbeRead(int Key, int Delay, long AcknowledgedAt, long Version, long VersionTieBreak);
