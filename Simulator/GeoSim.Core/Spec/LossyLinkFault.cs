using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary><c>lossy-link</c>: a loss probability on a link for a window (a burst of loss).</summary>
public sealed record LossyLinkFault(SimDuration At, SimDuration For, RegionId From, RegionId To, bool OneWay, double Loss)
    : FaultSpec(At, For)
{
    public override string Type => "lossy-link";
}
