using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Clocks;

public class PhysicalClockTests
{
    private const long Ms = 1_000_000;
    private const long S = 1_000_000_000;

    [TestCase(100.0, 0L, 1_000L, 100 * Ms)]     // 100e-6 × 1,000 s = 100 ms
    [TestCase(-100.0, 0L, 1_000L, -100 * Ms)]   // a slow clock falls behind by the same amount
    [TestCase(10.0, 250 * Ms, 3_600L, 286 * Ms)] // 250 ms + 10e-6 × 3,600 s = 250 ms + 36 ms
    [TestCase(0.5, -5 * Ms, 2L, -5 * Ms + 1_000)] // -5 ms + 0.5e-6 × 2 s = -5 ms + 1 µs
    public void Without_resync_the_offset_is_initial_plus_drift_times_elapsed(double ppm, long initial, long seconds, long expected)
    {
        var clock = new PhysicalClock(initial, ppm, syncEveryNanos: 0, syncErrorNanos: 0, Rng(1));

        Assert.Multiple(() =>
        {
            Assert.That(clock.OffsetNanos(seconds * S), Is.EqualTo(expected));
            Assert.That(clock.Read(seconds * S), Is.EqualTo(seconds * S + expected));
            Assert.That(clock.OffsetNanos(0), Is.EqualTo(initial));
        });
    }

    [Test]
    public void With_resync_the_offset_stays_within_sync_error_plus_drift_over_one_period()
    {
        // Bound: 1 ms (resync error) + 100e-6 × 64 s (drift until the next resync) = 7.4 ms.
        var clock = new PhysicalClock(0, 100, 64 * S, 1 * Ms, Rng(7));
        var largest = 0L;
        for (var t = 0L; t <= 3_600 * S; t += 100 * Ms)
        {
            largest = Math.Max(largest, Math.Abs(clock.OffsetNanos(t)));
        }

        Assert.Multiple(() =>
        {
            Assert.That(largest, Is.LessThanOrEqualTo(7_400_000));
            // Drift does act: just before a resync it has added 6.4 ms to a draw ≥ -1 ms.
            Assert.That(largest, Is.GreaterThan(5 * Ms));
        });
    }

    [Test]
    public void Right_after_each_resync_the_offset_is_within_sync_error()
    {
        var clock = new PhysicalClock(30 * Ms, 100, 64 * S, 1 * Ms, Rng(7));
        var distinct = new HashSet<long>();
        for (var k = 1L; k <= 56; k++)  // the resyncs of one hour
        {
            var offset = clock.OffsetNanos(k * 64 * S);
            Assert.That(Math.Abs(offset), Is.LessThanOrEqualTo(1 * Ms), $"resync {k}");
            Assert.That(offset, Is.EqualTo(clock.ResyncOffsetNanos(k)));
            distinct.Add(offset);
        }
        Assert.That(distinct, Has.Count.GreaterThan(50), "resync draws should differ from one another");
    }

    [Test]
    public void A_clock_goes_backward_when_a_resync_corrects_a_fast_clock()
    {
        // 100 ppm over 64 s puts the clock 6.4 ms ahead; the resync pulls it back to within 1 ms.
        var clock = new PhysicalClock(0, 100, 64 * S, 1 * Ms, Rng(3));
        Assert.That(clock.Read(64 * S), Is.LessThan(clock.Read(64 * S - 1)));
    }

    [Test]
    public void A_jump_shows_at_once_and_is_corrected_at_the_next_resync()
    {
        // Against an identical clock without the jump: +2 s on [100 s, 128 s), nothing elsewhere
        // (resyncs every 64 s, so the one at 128 s corrects it).
        var jumped = new PhysicalClock(0, 100, 64 * S, 1 * Ms, Rng(11));
        var steady = new PhysicalClock(0, 100, 64 * S, 1 * Ms, Rng(11));
        jumped.Jump(100 * S, 2 * S);

        long[] times = [100 * S - 1, 100 * S, 110 * S, 128 * S - 1, 128 * S, 200 * S];
        long[] expectedExtra = [0, 2 * S, 2 * S, 2 * S, 0, 0];
        Assert.Multiple(() =>
        {
            Assert.That(times.Select(t => jumped.OffsetNanos(t) - steady.OffsetNanos(t)), Is.EqualTo(expectedExtra));
            Assert.That(Math.Abs(jumped.OffsetNanos(128 * S)), Is.LessThanOrEqualTo(1 * Ms));
        });
    }

    [Test]
    public void Without_resync_a_jump_lasts_and_jumps_add_up()
    {
        var clock = new PhysicalClock(0, 0, 0, 0, Rng(1));
        clock.Jump(10 * S, 2 * S);
        clock.Jump(5 * S, -500 * Ms);

        Assert.Multiple(() =>
        {
            Assert.That(clock.OffsetNanos(5 * S - 1), Is.EqualTo(0));
            Assert.That(clock.OffsetNanos(5 * S), Is.EqualTo(-500 * Ms));
            Assert.That(clock.OffsetNanos(3_600 * S), Is.EqualTo(1_500 * Ms));
        });
    }

    [Test]
    public void Same_seed_gives_identical_readings_whatever_the_order_of_reads()
    {
        var times = Enumerable.Range(0, 2_000).Select(i => i * 1_999_999_999L).ToArray();
        var shuffled = times.ToArray();
        Rng(99).Shuffle(shuffled);

        var forward = new PhysicalClock(-3 * Ms, 20, 10 * S, 2 * Ms, Rng(5));
        var scattered = new PhysicalClock(-3 * Ms, 20, 10 * S, 2 * Ms, Rng(5));
        var inOrder = times.ToDictionary(t => t, forward.Read);
        var outOfOrder = shuffled.ToDictionary(t => t, scattered.Read);
        _ = scattered.Read(times[^1]);  // reading again changes nothing

        Assert.That(times.Select(t => outOfOrder[t]), Is.EqualTo(times.Select(t => inOrder[t])));
        Assert.That(scattered.Read(times[1]), Is.EqualTo(inOrder[times[1]]));
    }

    [Test]
    public void Different_seeds_give_different_resync_draws()
    {
        var first = new PhysicalClock(0, 0, 1 * S, 1 * Ms, Rng(5));
        var second = new PhysicalClock(0, 0, 1 * S, 1 * Ms, Rng(6));
        var same = Enumerable.Range(1, 100).Count(k => first.ResyncOffsetNanos(k) == second.ResyncOffsetNanos(k));
        // Two independent draws from 2,000,001 values coincide with probability 5e-7 each.
        Assert.That(same, Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Known_resync_draws_stay_the_same_across_machines_and_versions()
    {
        // Pinned: a change here changes the clock readings of every run for a given seed.
        var clock = new PhysicalClock(0, 0, 1 * S, 1 * Ms, Rng(1));
        long[] draws = [clock.ResyncOffsetNanos(1), clock.ResyncOffsetNanos(2), clock.ResyncOffsetNanos(1_000_000)];
        Assert.That(draws, Is.EqualTo(PinnedDraws));
    }

    [Test]
    public void Resync_draws_are_roughly_uniform_over_the_error_interval()
    {
        // Uniform on [-1 ms, 1 ms]: mean 0, standard deviation 1 ms / √3 ≈ 577 µs; for 10,000
        // draws the mean's standard error is about 5.8 µs, so ±30 µs is over 5 sigma.
        var clock = new PhysicalClock(0, 0, 1 * S, 1 * Ms, Rng(21));
        var draws = Enumerable.Range(1, 10_000).Select(k => (double)clock.ResyncOffsetNanos(k)).ToArray();
        var mean = draws.Average();
        var stddev = Math.Sqrt(draws.Select(d => (d - mean) * (d - mean)).Average());

        Assert.Multiple(() =>
        {
            Assert.That(mean, Is.InRange(-30_000, 30_000));
            Assert.That(stddev, Is.InRange(560_000, 595_000));
        });
    }

    [Test]
    public void Bad_parameters_are_rejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new PhysicalClock(0, 0, -1, 0, Rng(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new PhysicalClock(0, 0, 0, -1, Rng(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new PhysicalClock(0, double.NaN, 0, 0, Rng(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new PhysicalClock(0, 0, 0, 0, Rng(1)).Read(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static readonly long[] PinnedDraws = [864_017, -553_914, -752_715];

    private static RandomStream Rng(long seed) => new RandomStreams(seed).Get("clocks");
}
