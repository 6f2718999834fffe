using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// <c>migrate</c> on the timeline: at <see cref="At"/> data class <see cref="Class"/> (its index
/// in <c>data-classes:</c>) starts moving to <see cref="To"/>: it is copied to the nodes there,
/// then cut over, and the regions it leaves drop it.
/// </summary>
public sealed record MigrationSpec(SimDuration At, int Class, IReadOnlyList<RegionId> To)
{
    /// <summary>The pace of each joining node's copy, bits per second; null: as fast as the links go.</summary>
    public double? RateBitsPerSecond { get; init; }

    public bool Equals(MigrationSpec? other) => other is not null && At == other.At && Class == other.Class && To.SequenceEqual(other.To) && RateBitsPerSecond == other.RateBitsPerSecond;

    public override int GetHashCode() => HashCode.Combine(At, Class, To.Count);
}
