using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Tests.Player;

/// <summary>Hand-made run results for the player's timeline tests: regions with their start roles and a list of events.</summary>
internal static class PlayerRuns
{
    public static RunResult With(IReadOnlyList<RegionStart> regions, params RunEvent[] events) =>
        new("hand-made", "test", 1, "0000", 0, 100, true, [], [], [], events) { Regions = regions, IntervalSeconds = 1 };

    public static RunEvent Start(double t, string scope, string detail) => new(t, "fault-start", scope, detail);

    public static RunEvent End(double t, string scope, string type) => new(t, "fault-end", scope, type);

    public static RunEvent Event(double t, string kind, string scope) => new(t, kind, scope, $"{kind} at {t}");
}
