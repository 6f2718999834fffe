using YamlDotNet.Core;

namespace GeoSim.Scenario.Yaml;

/// <summary>A single value. <see cref="ValueStart"/> is where its text begins (after any anchor or quote).</summary>
internal sealed record ScalarNode(string Value, ScalarStyle Style, SourcePosition Start, SourcePosition ValueStart, bool IsSingleLine)
    : Node(Start)
{
    public override string KindName => "a single value";

    /// <summary>True for a plain empty value (<c>key:</c> with nothing after it) or <c>~</c> / <c>null</c>.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The position of the character at <paramref name="offset"/> in <see cref="Value"/>. Exact for
    /// one-line plain scalars; quoted ones are exact unless they contain escapes; a value folded
    /// from several lines has no such mapping, so its start is used.
    /// </summary>
    public SourcePosition PositionAt(int offset) =>
        IsSingleLine ? ValueStart with { Column = ValueStart.Column + offset } : ValueStart;
}
