namespace GeoSim.Core.Metrics;

/// <summary>A region of the run as it started: its name, its node count and the role its nodes held (<see cref="Spec.StrategySpec.StartRole"/>).</summary>
public sealed record RegionStart(string Name, int Nodes, string Role);
