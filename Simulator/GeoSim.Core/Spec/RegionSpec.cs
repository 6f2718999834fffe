namespace GeoSim.Core.Spec;

/// <summary>A region and how many database nodes it holds.</summary>
public sealed record RegionSpec(string Name, int Nodes, string? Jurisdiction);
