using GeoSim.Core.Engine;

namespace GeoSim.Core.Faults;

/// <summary>
/// Puts the fault timeline and the random fault processes on the clock and applies each change
/// when it comes; it owns its three event kinds. After every change it calls
/// <paramref name="changed"/>, then <paramref name="healed"/> when something ended that may let
/// held streams resume.
/// </summary>
internal sealed class FaultScheduler(Scheduler scheduler, FaultInjector faults, Action changed, Action healed, int kindBase)
{
    private const int Start = 0;
    private const int End = 1;
    private const int RandomToggle = 2;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 3;

    public void Schedule()
    {
        for (var i = 0; i < faults.Timeline.Count; i++)
        {
            var fault = faults.Timeline[i];
            scheduler.At(fault.At.Nanos, kindBase + Start, i, 0);
            if (fault.For.Nanos > 0)
            {
                scheduler.At(fault.End.Nanos, kindBase + End, i, 0);
            }
        }
        for (var i = 0; i < faults.RandomProcesses.Count; i++)
        {
            var first = faults.RandomProcesses[i].FirstToggle;
            if (first != long.MaxValue)
            {
                scheduler.At(first, kindBase + RandomToggle, i, 0);
            }
        }
    }

    public void Handle(in Event ev)
    {
        switch (ev.Kind - kindBase)
        {
            case Start:
            case End:
                var ended = faults.Apply(ev.Target, ev.Kind - kindBase == Start, scheduler.Now);
                changed();
                if (ended)
                {
                    healed();
                }
                break;
            case RandomToggle:
                var next = faults.ToggleRandom(ev.Target, scheduler.Now, out var heal);
                changed();
                if (next != long.MaxValue)
                {
                    scheduler.At(next, kindBase + RandomToggle, ev.Target, 0);
                }
                if (heal)
                {
                    healed();
                }
                break;
            default:
                throw new InvalidOperationException($"unknown fault event kind {ev.Kind}");
        }
    }
}
