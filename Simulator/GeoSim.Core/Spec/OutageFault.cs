using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>outage</c>: a whole region (<see cref="Node"/> null) or one node crashes at <c>At</c> and
/// recovers when the window ends, with its durable state and without its volatile state.
/// </summary>
/// <param name="Node">0-based node index in the region (<c>node: eu-west-1/2</c> is index 2), or null for the region.</param>
public sealed record OutageFault(SimDuration At, SimDuration For, RegionId Region, int? Node) : FaultSpec(At, For)
{
    public override string Type => "outage";
}
