namespace GeoSim.Scenario.Yaml;

/// <summary>A 1-based line and column in the scenario file.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition FileStart = new(1, 1);

    public SourcePosition(YamlDotNet.Core.Mark mark)
        : this((int)mark.Line, (int)mark.Column)
    {
    }
}
