using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Tests.Metrics;

public class IntervalClockTests
{
    private static readonly long Second = SimDuration.NanosPerSecond;

    [Test]
    public void Counts_intervals_rounding_up_and_maps_times_to_them()
    {
        var clock = new IntervalClock(Second, 2500 * Second / 1000, 0);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Count, Is.EqualTo(3));
            Assert.That(clock.IndexOf(2 * Second), Is.EqualTo(2));
            Assert.That(clock.IndexOf(long.MaxValue / 4), Is.EqualTo(2), "late times go to the last interval");
        });
    }

    [TestCase(1L)]
    [TestCase(999_999L)]
    public void An_interval_below_the_floor_is_refused(long intervalNanos)
    {
        Assert.That(() => new IntervalClock(intervalNanos, 60 * Second, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void More_intervals_than_the_maximum_are_refused_and_the_maximum_itself_is_allowed()
    {
        var interval = MetricsSpec.MinInterval.Nanos;
        Assert.Multiple(() =>
        {
            Assert.That(new IntervalClock(interval, MetricsSpec.MaxIntervals * interval, 0).Count, Is.EqualTo(MetricsSpec.MaxIntervals));
            Assert.That(() => new IntervalClock(interval, MetricsSpec.MaxIntervals * interval + 1, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }
}
