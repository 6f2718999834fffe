namespace GeoSim.Core.Metrics;

/// <summary>One row of events.csv: a fault, a heal, a failover, a narrative caption.</summary>
public sealed record RunEvent(double TimeSeconds, string Kind, string Scope, string Detail);
