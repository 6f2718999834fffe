using GeoSim.Core.Spec;

namespace GeoSim.Core.Metrics;

/// <summary>Maps true time to metric intervals and says which intervals are past the warmup.</summary>
internal sealed class IntervalClock
{
    private readonly long _intervalNanos;
    private readonly long _durationNanos;

    public IntervalClock(long intervalNanos, long durationNanos, long warmupNanos)
    {
        // The scenario loader rejects these with the line of the setting; reaching here is a bug.
        if (intervalNanos < MetricsSpec.MinInterval.Nanos)
        {
            throw new ArgumentOutOfRangeException(nameof(intervalNanos), intervalNanos, $"the metrics interval must be at least {MetricsSpec.MinInterval}");
        }
        var count = durationNanos / intervalNanos + (durationNanos % intervalNanos == 0 ? 0 : 1);
        if (count > MetricsSpec.MaxIntervals)
        {
            throw new ArgumentOutOfRangeException(nameof(durationNanos), durationNanos, $"a run has at most {MetricsSpec.MaxIntervals} metric intervals, this one {count}");
        }
        _intervalNanos = intervalNanos;
        _durationNanos = durationNanos;
        Count = (int)count;
        WarmupNanos = warmupNanos;
    }

    public int Count { get; }
    public long WarmupNanos { get; }

    public int IndexOf(long time) => (int)Math.Min(time / _intervalNanos, Count - 1);

    public bool Measured(long time) => time >= WarmupNanos;

    /// <summary>How long interval <paramref name="index"/> measured, in seconds: from its start (or the warmup's end) to its end (or the run's).</summary>
    public double MeasuredSeconds(int index) =>
        (Math.Min((index + 1) * _intervalNanos, _durationNanos) - Math.Max(index * _intervalNanos, WarmupNanos)) / 1e9;

    /// <summary>Intervals that end after the warmup, with their end time in seconds.</summary>
    public IEnumerable<(int Index, double EndSeconds)> MeasuredIntervals()
    {
        for (var i = 0; i < Count; i++)
        {
            var end = Math.Min((i + 1) * _intervalNanos, _durationNanos);
            if (end > WarmupNanos)
            {
                yield return (i, end / 1e9);
            }
        }
    }
}
