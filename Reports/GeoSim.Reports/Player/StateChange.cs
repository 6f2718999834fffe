using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Player;

/// <summary>From <paramref name="TimeSeconds"/> on, a region holds this role or a link is in this state.</summary>
internal readonly record struct StateChange(double TimeSeconds, string State)
{
    /// <summary>The run's events by time; equal times keep the order the run recorded them in (as events.csv).</summary>
    public static IEnumerable<RunEvent> InTimeOrder(RunResult result) => result.Events.OrderBy(e => e.TimeSeconds);

    /// <summary>Appends a change unless the state stays the same; a second change at the same time replaces the first.</summary>
    public static void Append(List<StateChange> changes, StateChange change)
    {
        if (changes[^1].State == change.State)
        {
            return;
        }
        if (changes[^1].TimeSeconds == change.TimeSeconds && changes.Count > 1)
        {
            changes.RemoveAt(changes.Count - 1);
            if (changes[^1].State == change.State)
            {
                return;
            }
        }
        changes.Add(change);
    }
}

