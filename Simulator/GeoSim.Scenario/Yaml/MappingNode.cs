namespace GeoSim.Scenario.Yaml;

/// <summary>A YAML mapping with its entries in file order; keys are unique (duplicates were reported).</summary>
internal sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, SourcePosition Start) : Node(Start)
{
    public override string KindName => "a mapping (key: value lines)";
}
