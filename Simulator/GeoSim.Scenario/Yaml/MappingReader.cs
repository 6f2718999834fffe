namespace GeoSim.Scenario.Yaml;

/// <summary>
/// Reads one mapping of the scenario: reports every key it does not know (with a suggestion) or
/// that is documented but not supported yet, and every required key that is missing.
/// </summary>
internal sealed class MappingReader
{
    private readonly MappingNode _node;
    private readonly Diagnostics _diagnostics;
    private readonly string _what;
    private readonly Dictionary<string, Node> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    /// <param name="what">Names the mapping in "missing required key" messages, e.g. "this region".</param>
    /// <param name="notSupportedYet">Keys of the format that the model does not have yet.</param>
    public MappingReader(MappingNode node, Diagnostics diagnostics, string what, IReadOnlyList<string> keys, IReadOnlyList<string>? notSupportedYet = null)
    {
        _node = node;
        _diagnostics = diagnostics;
        _what = what;
        notSupportedYet ??= [];
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (keys.Contains(key))
            {
                _values.Add(key, entry.Value);
            }
            else if (notSupportedYet.Contains(key))
            {
                diagnostics.Add(entry.Key.ValueStart, $"'{key}' is not supported yet");
            }
            else
            {
                string[] known = [.. keys, .. notSupportedYet];
                if (Suggestions.Closest(key, known) is { } suggestion)
                {
                    _suggested.Add(suggestion);
                }
                diagnostics.Add(entry.Key.ValueStart, $"unknown key '{key}'{Suggestions.Hint(key, known)}");
            }
        }
    }

    public SourcePosition Start => _node.Start;

    /// <summary>The value of an optional key, or null when it is absent.</summary>
    public Node? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>
    /// The value of a required key; when it is absent, reports it at the mapping and returns null
    /// (unless a misspelling of it was already reported with "did you mean", which says it all).
    /// </summary>
    public Node? Require(string key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }
        if (!_suggested.Contains(key))
        {
            _diagnostics.Add(_node.Start, $"missing required key '{key}' in {_what}");
        }
        return null;
    }
}
