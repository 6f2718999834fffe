namespace GeoSim.Scenario;

/// <summary>One problem in a scenario file: where it is (1-based line and column) and what was expected.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
