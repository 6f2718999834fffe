using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// Whether a quorum can keep a data class in its regions: a key of the class has its replicas on
/// the placement nodes inside them (per region: the placement regions among the class's; with N
/// replicas, N of those nodes, or all of them when they are fewer). Refused: no placement region
/// among the class's, or a numeric consistency level above the class's replica count (never met).
/// </summary>
internal static class QuorumResidency
{
    /// <param name="at">The strategy as the message names it ("quorum 'q' at line 26").</param>
    public static string? Problem(DataClassSpec dataClass, QuorumSpec quorum, string at, RegionIndex regions)
    {
        var placement = quorum.Placement;
        var inside = placement.Regions.Where(dataClass.Allows).ToList();
        if (inside.Count == 0)
        {
            return $"{dataClass.Name} would have no replicas under {at}: none of its regions ({string.Join(", ", dataClass.Residency!.Select(regions.Name))}) "
                + $"is in the placement ({string.Join(", ", placement.Regions.Select(regions.Name))})";
        }
        var replicas = placement.PerRegion is { } perRegion
            ? perRegion * inside.Count
            : Math.Min(placement.Replicas!.Value, inside.Sum(r => regions.Regions[r.Index].Nodes));
        foreach (var (key, level) in new[] { ("write-consistency", quorum.WriteLevel), ("read-consistency", quorum.ReadLevel) })
        {
            if (level.Kind == LevelKind.Count && level.Count > replicas)
            {
                return $"{dataClass.Name} keys have {replicas} replica(s) inside its regions under {at}, fewer than its {key}: {level}";
            }
        }
        return null;
    }
}
