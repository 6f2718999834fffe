namespace GeoSim.Scenario.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
internal sealed record MappingEntry(ScalarNode Key, Node Value);
