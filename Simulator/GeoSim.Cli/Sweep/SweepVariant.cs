using GeoSim.Core.Spec;

namespace GeoSim.Cli.Sweep;

/// <summary>One point of the grid: a value of every axis, the scenario it gives (validated) and the strategy it runs.</summary>
/// <param name="Number">1-based, in the expansion order.</param>
/// <param name="Values">One value per axis of the plan, in axis order.</param>
internal sealed record SweepVariant(int Number, IReadOnlyList<string> Values, ScenarioSpec Spec, StrategySpec Strategy);
