namespace GeoSim.Scenario.Yaml;

/// <summary>
/// A node of the parsed YAML document. The loader builds its own small tree (rather than using
/// YamlDotNet's representation model) so duplicate keys can be reported without stopping.
/// </summary>
internal abstract record Node(SourcePosition Start)
{
    /// <summary>How the node is called in "expected ..., found ..." messages.</summary>
    public abstract string KindName { get; }
}
