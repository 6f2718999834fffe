namespace GeoSim.Core.Topology;

/// <summary>A region, numbered in scenario order from 0.</summary>
public readonly record struct RegionId(int Index);
