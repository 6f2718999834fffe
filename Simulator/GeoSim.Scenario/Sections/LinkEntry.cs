using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>One <c>network.links</c> entry; <paramref name="Position"/> is its <c>between</c>, for messages.</summary>
internal sealed record LinkEntry(string From, string To, bool OneWay, LinkOptions Options, SourcePosition Position);
