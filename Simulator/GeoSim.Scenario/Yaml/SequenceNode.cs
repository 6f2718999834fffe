namespace GeoSim.Scenario.Yaml;

/// <summary>A YAML list.</summary>
internal sealed record SequenceNode(IReadOnlyList<Node> Items, SourcePosition Start) : Node(Start)
{
    public override string KindName => "a list";
}
