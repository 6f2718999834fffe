namespace GeoSim.Core.Spec;

/// <summary>An unordered pair of region names.</summary>
public sealed record RegionPair(string A, string B);
