using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>migrate</c> on the timeline: at <see cref="At"/> data class <see cref="Class"/> (its index
/// in <c>data-classes:</c>) starts moving to <see cref="To"/>: it is copied to the nodes there,
/// then cut over, and the regions it leaves drop it.
/// </summary>
public sealed record MigrationSpec(SimDuration At, int Class, IReadOnlyList<RegionId> To)
{
    public bool Equals(MigrationSpec? other) => other is not null && At == other.At && Class == other.Class && To.SequenceEqual(other.To);

    public override int GetHashCode() => HashCode.Combine(At, Class, To.Count);
}
