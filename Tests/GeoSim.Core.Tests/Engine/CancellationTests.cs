using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Engine;

/// <summary>A run that schedules without end (an event flood at one instant) still stops when cancelled.</summary>
public class CancellationTests
{
    /// <summary>Reschedules itself at the same instant forever, and cancels the run after a given number of events.</summary>
    private sealed class Flood(Scheduler scheduler, CancellationTokenSource cancel, long cancelAfter) : IEventHandler
    {
        public void Handle(in Event ev)
        {
            scheduler.After(0, 0, 0, 0);
            if (scheduler.EventsProcessed == cancelAfter)
            {
                cancel.Cancel();
            }
        }
    }

    [TestCase(1L)]
    [TestCase(100_000L)]
    public void The_event_loop_stops_within_one_check_period_of_a_cancel(long cancelAfter)
    {
        var scheduler = new Scheduler();
        using var cancel = new CancellationTokenSource();
        scheduler.At(0, 0, 0, 0);

        var completed = scheduler.Run(new Flood(scheduler, cancel, cancelAfter), until: 1, maxEvents: long.MaxValue, cancel.Token);

        Assert.Multiple(() =>
        {
            Assert.That(completed, Is.False);
            Assert.That(scheduler.EventsProcessed, Is.InRange(cancelAfter, cancelAfter + (1 << 16)));
        });
    }
}
