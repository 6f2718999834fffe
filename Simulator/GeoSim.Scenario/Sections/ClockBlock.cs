using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections;

/// <summary>
/// What one clock block (<c>clocks.default</c> or a region's entry) sets; null = not given. The
/// sync nodes are kept apart from the values so "given but invalid" is not mistaken for "absent".
/// </summary>
internal sealed record ClockBlock(Distribution? Offset, double? DriftPpm, SimDuration? SyncEvery, SimDuration? SyncError, Node? SyncEveryNode, Node? SyncErrorNode)
{
    public static readonly ClockBlock None = new(null, null, null, null, null, null);

    /// <summary>This block, with every field it leaves out taken from <paramref name="fallback"/>.</summary>
    public ClockBlock Over(ClockBlock fallback) => new(
        Offset ?? fallback.Offset,
        DriftPpm ?? fallback.DriftPpm,
        SyncEvery ?? fallback.SyncEvery,
        SyncError ?? fallback.SyncError,
        SyncEveryNode ?? fallback.SyncEveryNode,
        SyncErrorNode ?? fallback.SyncErrorNode);

    /// <summary>The clock, with what no block sets taken from a perfect clock.</summary>
    public ClockSpec ToSpec() => new(
        Offset ?? ClockSpec.Perfect.Offset,
        DriftPpm ?? ClockSpec.Perfect.DriftPpm,
        SyncEvery ?? ClockSpec.Perfect.SyncEvery,
        SyncError ?? ClockSpec.Perfect.SyncError);
}
