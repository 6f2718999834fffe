namespace GeoSim.Core.Spec;

/// <summary>A region, how many database nodes it holds, and how their clocks behave.</summary>
public sealed record RegionSpec(string Name, int Nodes, string? Jurisdiction, ClockSpec Clock);
