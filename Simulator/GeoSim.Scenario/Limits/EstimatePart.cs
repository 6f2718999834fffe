namespace GeoSim.Scenario.Limits;

/// <summary>One term of an estimate: what it counts, how much, and the scenario key that drives it.</summary>
/// <param name="Key">The scenario key whose value a user would change to shrink this part, e.g. <c>keys</c>.</param>
public sealed record EstimatePart(string What, double Amount, string Key);
