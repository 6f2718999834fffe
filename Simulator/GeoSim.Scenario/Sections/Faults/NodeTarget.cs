using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>What an outage or a clock jump hits: a whole region (<paramref name="Node"/> null) or one node of it.</summary>
internal sealed record NodeTarget(RegionId Region, int? Node);
