using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary><c>random-outages</c>: every region (or only <see cref="Regions"/>) alternates between up and down.</summary>
public sealed record RandomOutagesFault(SimDuration At, SimDuration For, Distribution Mtbf, Distribution Mttr, IReadOnlyList<RegionId>? Regions)
    : FaultSpec(At, For)
{
    public override string Type => "random-outages";
}
