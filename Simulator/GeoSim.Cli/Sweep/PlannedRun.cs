namespace GeoSim.Cli.Sweep;

/// <summary>One simulation of the sweep: a variant on one seed.</summary>
/// <param name="Number">1-based position in the expanded list (variant-major, seeds inner).</param>
/// <param name="Key">Identifies the run's inputs (<see cref="RunKey"/>): equal keys, equal results.</param>
internal sealed record PlannedRun(int Number, SweepVariant Variant, long Seed, string Key);
