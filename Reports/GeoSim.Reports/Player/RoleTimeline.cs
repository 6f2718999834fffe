using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>
/// The role every region shows over the run: the role it started with (<see cref="RunResult.Regions"/>),
/// then what the strategy's events say of the region (<c>promotion</c>, <c>unfenced</c>: primary;
/// <c>elected</c>: leader; <c>fenced</c>: fenced; <c>demotion</c>, <c>rejoin</c>, <c>step-down</c>:
/// replica); <c>down</c> while an outage has every node of the region down. A consensus leader
/// restarts as a follower (replica); a primary restarts as primary, and fences itself by event when
/// it must. Roles are per region: a node outage in a region of several nodes does not show.
/// </summary>
internal static class RoleTimeline
{
    /// <summary>One list of changes per region of <see cref="RunResult.Regions"/>, each starting at 0 s.</summary>
    public static IReadOnlyList<IReadOnlyList<StateChange>> For(RunResult result)
    {
        var regions = result.Regions;
        var index = regions.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var role = regions.Select(r => r.Role).ToArray();
        var downNodes = new int[regions.Count];
        var changes = regions.Select(r => new List<StateChange> { new(0, r.Role) }).ToArray();
        foreach (var e in StateChange.InTimeOrder(result))
        {
            if (FaultEvent.From(e) is { } fault)
            {
                if (fault.Type is not ("outage" or "random-outages") || !index.TryGetValue(fault.Region, out var r))
                {
                    continue;
                }
                var wasDown = IsDown(downNodes[r], regions[r]);
                downNodes[r] += (fault.Start ? 1 : -1) * (fault.Node is null ? regions[r].Nodes : 1);
                if (wasDown && !IsDown(downNodes[r], regions[r]) && role[r] == "leader")
                {
                    role[r] = "replica";
                }
                Show(changes[r], e.TimeSeconds, downNodes[r], regions[r], role[r]);
            }
            else if (RoleAfter(e.Kind) is { } next && index.TryGetValue(e.Scope, out var r))
            {
                role[r] = next;
                Show(changes[r], e.TimeSeconds, downNodes[r], regions[r], role[r]);
            }
        }
        return changes;
    }

    private static string? RoleAfter(string kind) => kind switch
    {
        "promotion" or "unfenced" => "primary",
        "elected" => "leader",
        "fenced" => "fenced",
        "demotion" or "rejoin" or "step-down" => "replica",
        _ => null,
    };

    private static bool IsDown(int downNodes, RegionStart region) => region.Nodes > 0 && downNodes >= region.Nodes;

    private static void Show(List<StateChange> changes, double time, int downNodes, RegionStart region, string role) =>
        StateChange.Append(changes, new StateChange(time, IsDown(downNodes, region) ? "down" : role));
}
