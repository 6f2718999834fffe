namespace GeoSim.Core.Metrics;

/// <summary>Maps true time to metric intervals and says which intervals are past the warmup.</summary>
internal sealed class IntervalClock(long intervalNanos, long durationNanos, long warmupNanos)
{
    public int Count { get; } = (int)((durationNanos + intervalNanos - 1) / intervalNanos);
    public long WarmupNanos { get; } = warmupNanos;

    public int IndexOf(long time) => (int)Math.Min(time / intervalNanos, Count - 1);

    public bool Measured(long time) => time >= WarmupNanos;

    /// <summary>Intervals that end after the warmup, with their end time in seconds.</summary>
    public IEnumerable<(int Index, double EndSeconds)> MeasuredIntervals()
    {
        for (var i = 0; i < Count; i++)
        {
            var end = Math.Min((i + 1) * intervalNanos, durationNanos);
            if (end > WarmupNanos)
            {
                yield return (i, end / 1e9);
            }
        }
    }
}
