using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary><c>read-from:</c> a routing name, or <c>bounded(T)</c> with the staleness a replica may serve with.</summary>
internal sealed class ReadFromReader(Diagnostics diagnostics, ValueReader values)
{
    private const string Bounded = "bounded";

    private static readonly Dictionary<string, ReadFrom> Names = new()
    {
        ["primary"] = ReadFrom.Primary,
        ["local"] = ReadFrom.Local,
        ["nearest"] = ReadFrom.Nearest,
        ["least-lag"] = ReadFrom.LeastLag,
    };

    public (ReadFrom ReadFrom, SimDuration MaxStaleness)? Read(Node node)
    {
        if (values.Scalar(node, "read-from") is not { } scalar)
        {
            return null;
        }
        var text = scalar.Value;
        if (Names.TryGetValue(text, out var name))
        {
            return (name, SimDuration.Zero);
        }
        if (!text.StartsWith(Bounded, StringComparison.Ordinal))
        {
            values.Report(scalar, $"unknown read-from '{text}'{Suggestions.Hint(text, [.. Names.Keys, "bounded(T)"])}");
            return null;
        }
        var open = Bounded.Length;
        if (text.Length <= open || text[open] != '(' || !text.EndsWith(')'))
        {
            values.Report(scalar, $"read-from '{text}' needs the staleness bound in parentheses, e.g. bounded(5s)");
            return null;
        }
        var inner = text[(open + 1)..^1];
        if (!DurationParser.TryParse(inner.Trim(), out var bound, out var error))
        {
            diagnostics.Add(scalar.PositionAt(open + 1), $"bounded: {error}");
            return null;
        }
        if (bound == SimDuration.Zero)
        {
            diagnostics.Add(scalar.PositionAt(open + 1), "bounded: the staleness bound must be > 0");
            return null;
        }
        return (ReadFrom.Bounded, bound);
    }
}
