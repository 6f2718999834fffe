using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>One <c>network.links</c> entry; <paramref name="Position"/> is its <c>between</c>, for messages.</summary>
internal sealed record LinkEntry(RegionId From, RegionId To, bool OneWay, LinkOptions Options, SourcePosition Position);
