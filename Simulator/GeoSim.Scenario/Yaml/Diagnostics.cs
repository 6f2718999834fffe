namespace GeoSim.Scenario.Yaml;

/// <summary>Collects the errors of one scenario file so they can all be reported at once.</summary>
internal sealed class Diagnostics(string file)
{
    private readonly List<ScenarioError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public void Add(SourcePosition position, string message) =>
        _errors.Add(new ScenarioError(file, position.Line, position.Column, OneLine(message)));

    /// <summary>
    /// A message quotes values of the file, which may hold line breaks or control characters (a
    /// block scalar, junk); escaped, every error stays one line that starts with file:line:col.
    /// </summary>
    private static string OneLine(string message) =>
        message.Any(char.IsControl)
            ? string.Concat(message.Select(c => c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when char.IsControl(c) => $"\\u{(int)c:x4}", _ => c.ToString() }))
            : message;

    /// <summary>The errors in file order (stable, so errors at one position keep the order found).</summary>
    public IReadOnlyList<ScenarioError> Sorted() =>
        [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
