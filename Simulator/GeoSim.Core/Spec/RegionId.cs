namespace GeoSim.Core.Spec;

/// <summary>A region, numbered in scenario order from 0: region i is <c>ScenarioSpec.Regions[i]</c>.</summary>
public readonly record struct RegionId(int Index);
