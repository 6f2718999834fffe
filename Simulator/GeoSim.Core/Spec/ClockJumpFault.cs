using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary><c>clock-jump</c>: the physical clocks of a region (or one node) step by <see cref="By"/> at once.</summary>
public sealed record ClockJumpFault(SimDuration At, RegionId Region, int? Node, SimDuration By) : FaultSpec(At, SimDuration.Zero)
{
    public override string Type => "clock-jump";
}
