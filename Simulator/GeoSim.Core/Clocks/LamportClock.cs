namespace GeoSim.Core.Clocks;

/// <summary>
/// A Lamport logical clock (Lamport 1978): if event a happened before event b, then
/// L(a) &lt; L(b). The converse does not hold; use <see cref="VersionVector"/> to detect
/// concurrency. Mutable, one per node.
/// </summary>
public sealed class LamportClock
{
    /// <summary>The timestamp of the latest event at this node; 0 before any event.</summary>
    public long Time { get; private set; }

    /// <summary>A local event or a send: advances the clock and returns the event's timestamp.</summary>
    public long Tick()
    {
        Time = checked(Time + 1);
        return Time;
    }

    /// <summary>
    /// A receive of a message stamped <paramref name="received"/>: the clock moves past both its
    /// own time and the sender's, so the receive is ordered after the send.
    /// </summary>
    public long Observe(long received)
    {
        Time = checked(Math.Max(Time, received) + 1);
        return Time;
    }
}
