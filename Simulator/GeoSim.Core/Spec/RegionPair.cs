namespace GeoSim.Core.Spec;

/// <summary>An unordered pair of regions.</summary>
public readonly record struct RegionPair(RegionId A, RegionId B);
