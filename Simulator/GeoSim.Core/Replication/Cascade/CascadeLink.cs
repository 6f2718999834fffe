using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>One edge of a cascade: <paramref name="Child"/> receives its writes from <paramref name="Parent"/>.</summary>
public sealed record CascadeLink(RegionId Parent, RegionId Child);
