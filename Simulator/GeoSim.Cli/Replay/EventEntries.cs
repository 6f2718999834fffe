using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>The rows of events.csv as timeline entries: faults, heals, captions, failover actions, elections and leases.</summary>
internal static class EventEntries
{
    public static IEnumerable<ReplayEntry> From(IEnumerable<RunEvent> events) => events.Select(From);

    private static ReplayEntry From(RunEvent e) => e.Kind switch
    {
        "narrative" => new(e.TimeSeconds, ReplayTone.Caption, "caption", e.Detail),
        "fault-start" => new(e.TimeSeconds, ReplayTone.Trouble, "fault", $"{e.Scope}: {e.Detail}"),
        "fault-end" => new(e.TimeSeconds, ReplayTone.Recovery, "heal", $"{e.Scope}: {e.Detail} over"),
        "promotion" or "demotion" or "rejoin" or "fenced" or "unfenced" or "semi-sync-fallback" or "semi-sync-restored"
            or "elected" or "step-down" or "lease" => new(e.TimeSeconds, ReplayTone.Action, e.Kind, e.Detail),
        "lease-expired" or "clock-offset" => new(e.TimeSeconds, ReplayTone.Trouble, e.Kind, e.Detail),
        "clock-offset-ok" => new(e.TimeSeconds, ReplayTone.Recovery, e.Kind, e.Detail),
        "unreplicated-writes" => new(e.TimeSeconds, ReplayTone.Loss, "unreplicated", e.Detail),
        "split-brain" => new(e.TimeSeconds, ReplayTone.Loss, e.Kind, $"{e.Scope}: {e.Detail}"),
        // A kind this build does not know still shows, as it is in events.csv.
        _ => new(e.TimeSeconds, ReplayTone.Note, e.Kind, e.Scope.Length > 0 ? $"{e.Scope}: {e.Detail}" : e.Detail),
    };
}
