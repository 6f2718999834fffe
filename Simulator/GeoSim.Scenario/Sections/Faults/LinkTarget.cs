using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>The link a fault acts on: both directions for <c>between</c>, one for <c>from</c>/<c>to</c>.</summary>
internal sealed record LinkTarget(RegionId From, RegionId To, bool OneWay);
