namespace GeoSim.Scenario.Yaml;

/// <summary>Finds where a key's value is first written in a file, searching depth first: for errors about the whole scenario.</summary>
internal static class KeyFinder
{
    public static SourcePosition? First(Node node, string key) => node switch
    {
        MappingNode mapping => mapping.Entries.Select(e => e.Key.Value == key ? ValueStart(e.Value) : First(e.Value, key)).FirstOrDefault(p => p is not null),
        SequenceNode sequence => sequence.Items.Select(i => First(i, key)).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static SourcePosition ValueStart(Node node) => node is ScalarNode scalar ? scalar.ValueStart : node.Start;
}
