using GeoSim.Core.Spec;

namespace GeoSim.Scenario;

/// <summary>A validated scenario, or every error found in its file (sorted by position).</summary>
public sealed record LoadResult(ScenarioSpec? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    public bool Ok => Scenario is not null && Errors.Count == 0;
}
