using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>metrics.t-visibility</c>: for a sampled share of writes, a probe read starts exactly t after
/// the write was acknowledged, for each t of <see cref="At"/>, at a coordinator chosen by
/// <see cref="From"/>. A probe is consistent when it returns that write or a newer one.
/// </summary>
/// <param name="At">The delays after the acknowledgement, ascending and distinct.</param>
/// <param name="Sample">The share of writes probed, in (0, 1].</param>
/// <param name="Region">For <see cref="ProbeOrigin.Region"/>: where the probes start.</param>
public sealed record TVisibilitySpec(IReadOnlyList<SimDuration> At, double Sample, ProbeOrigin From, RegionId Region = default)
{
    public bool Equals(TVisibilitySpec? other) =>
        other is not null && At.SequenceEqual(other.At) && Sample == other.Sample && From == other.From && Region == other.Region;

    public override int GetHashCode() => HashCode.Combine(At.Count, Sample, From, Region);
}

/// <summary>Where a probe read starts.</summary>
public enum ProbeOrigin
{
    /// <summary>At the node that coordinated the write.</summary>
    Same,

    /// <summary>At a node of a region (with nodes) chosen at random for each probe, as PBS's WAN model chooses coordinators.</summary>
    Random,

    /// <summary>At a node of one named region.</summary>
    Region,
}
