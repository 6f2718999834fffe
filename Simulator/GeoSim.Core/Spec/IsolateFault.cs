using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary><c>isolate</c>: a region cut off from every other region, both ways.</summary>
public sealed record IsolateFault(SimDuration At, SimDuration For, RegionId Region) : FaultSpec(At, For)
{
    public override string Type => "isolate";
}
