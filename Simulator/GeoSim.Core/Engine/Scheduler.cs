namespace GeoSim.Core.Engine;

/// <summary>
/// The event loop: take the next event, set <see cref="Now"/>, hand it to the model. Time only
/// moves forward; events at equal times run in the order they were scheduled.
/// </summary>
public sealed class Scheduler
{
    private readonly CalendarQueue _queue = new();

    /// <summary>True simulated time of the event being handled, in nanoseconds.</summary>
    public long Now { get; private set; }

    public long EventsProcessed { get; private set; }

    public void At(long time, int kind, int target, long data)
    {
        if (time < Now)
        {
            throw new InvalidOperationException($"event scheduled in the past: {time} < {Now}");
        }
        _queue.Enqueue(time, kind, target, data);
    }

    public void After(long delay, int kind, int target, long data) => At(Now + delay, kind, target, data);

    /// <summary>
    /// Runs events up to and including time <paramref name="until"/>, at most
    /// <paramref name="maxEvents"/> of them. Returns false when it stopped early (the bound or
    /// <paramref name="cancel"/>), true when simulated time reached <paramref name="until"/>.
    /// </summary>
    public bool Run<THandler>(THandler handler, long until, long maxEvents, CancellationToken cancel)
        where THandler : IEventHandler
    {
        var limit = maxEvents > long.MaxValue - EventsProcessed ? long.MaxValue : EventsProcessed + maxEvents;
        while (_queue.TryPeekTime(out var next) && next <= until)
        {
            if (EventsProcessed >= limit || ((EventsProcessed & 0xFFFF) == 0 && cancel.IsCancellationRequested))
            {
                return false;
            }
            _queue.TryDequeue(out var ev);
            Now = ev.Time;
            EventsProcessed++;
            handler.Handle(ev);
        }
        Now = Math.Max(Now, until);
        return true;
    }
}
