namespace GeoSim.Scenario.Yaml;

/// <summary>Collects the errors of one scenario file so they can all be reported at once.</summary>
internal sealed class Diagnostics(string file)
{
    private readonly List<ScenarioError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public void Add(SourcePosition position, string message) =>
        _errors.Add(new ScenarioError(file, position.Line, position.Column, message));

    /// <summary>The errors in file order (stable, so errors at one position keep the order found).</summary>
    public IReadOnlyList<ScenarioError> Sorted() =>
        [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
