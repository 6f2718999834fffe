using CsCheck;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Clocks;

public class HybridLogicalClockTests
{
    private const long Ms = 1_000_000;

    [Test]
    public void Follows_the_update_rules_of_the_paper_on_a_hand_built_run()
    {
        var clock = new HybridLogicalClock();
        Assert.Multiple(() =>
        {
            Assert.That(clock.Now(100), Is.EqualTo(new HlcTimestamp(100, 0)));
            Assert.That(clock.Now(90), Is.EqualTo(new HlcTimestamp(100, 1)), "physical clock stepped back: count on");
            Assert.That(clock.Observe(new HlcTimestamp(120, 5), 95), Is.EqualTo(new HlcTimestamp(120, 6)), "remote wall wins");
            Assert.That(clock.Observe(new HlcTimestamp(110, 9), 130), Is.EqualTo(new HlcTimestamp(130, 0)), "physical wins");
            Assert.That(clock.Now(130), Is.EqualTo(new HlcTimestamp(130, 1)));
            Assert.That(clock.Observe(new HlcTimestamp(130, 4), 125), Is.EqualTo(new HlcTimestamp(130, 5)), "all equal: max + 1");
            Assert.That(clock.Current.ToString(), Is.EqualTo("130.5"));
        });
    }

    [Test]
    public void Timestamps_order_by_wall_then_logical()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new HlcTimestamp(5, 9), Is.LessThan(new HlcTimestamp(6, 0)));
            Assert.That(new HlcTimestamp(6, 1) > new HlcTimestamp(6, 0), Is.True);
            Assert.That(HlcTimestamp.Max(new HlcTimestamp(6, 1), new HlcTimestamp(6, 2)), Is.EqualTo(new HlcTimestamp(6, 2)));
        });
    }

    [Test]
    public void Timestamps_strictly_increase_at_each_node_even_when_its_physical_clock_steps_back()
    {
        Runs.Sample(run =>
        {
            var last = new Dictionary<int, HlcTimestamp>();
            for (var i = 0; i < run.Events.Length; i++)
            {
                var node = run.Events[i].Node;
                if (last.TryGetValue(node, out var previous) && run.Stamps[i] <= previous)
                {
                    return false;
                }
                last[node] = run.Stamps[i];
            }
            return true;
        });
    }

    [Test]
    public void A_receive_is_stamped_after_its_send_and_happened_before_implies_a_smaller_timestamp()
    {
        Runs.Sample(run => Enumerable.Range(0, run.Events.Length).All(b =>
            (run.Events[b].SendIndex < 0 || run.Stamps[run.Events[b].SendIndex] < run.Stamps[b])
            && Enumerable.Range(0, b).All(a => !run.Events[a].HappenedBefore(run.Events[b]) || run.Stamps[a] < run.Stamps[b])));
    }

    [Test]
    public void The_wall_part_is_the_largest_physical_reading_in_the_causal_past_so_within_the_skew()
    {
        // l.e = max{pt.f : f → e or f = e}, so pt.e ≤ l.e and, with offsets in [min, max],
        // l.e − pt.e ≤ max − min = ε (the paper's bound) and l.e ≤ true time + max offset.
        Runs.Sample(run =>
        {
            var epsilon = run.Offsets.Max() - run.Offsets.Min();
            for (var e = 0; e < run.Events.Length; e++)
            {
                var causalMax = run.Physical[e];
                for (var f = 0; f < e; f++)
                {
                    causalMax = run.Events[f].HappenedBefore(run.Events[e]) ? Math.Max(causalMax, run.Physical[f]) : causalMax;
                }
                var wall = run.Stamps[e].WallNanos;
                if (wall != causalMax || wall - run.Physical[e] > epsilon || wall > run.Events[e].TrueNanos + run.Offsets.Max())
                {
                    return false;
                }
            }
            return true;
        });
    }

    [Test]
    public void The_logical_part_is_bounded_by_the_causal_past_sharing_the_wall_value()
    {
        // The paper's Theorem 2: c.e ≤ |{g : g → e ∧ l.g = l.e}|.
        Runs.Sample(run =>
        {
            for (var e = 0; e < run.Events.Length; e++)
            {
                var sameWall = 0;
                for (var g = 0; g < e; g++)
                {
                    var counts = run.Events[g].HappenedBefore(run.Events[e]) && run.Stamps[g].WallNanos == run.Stamps[e].WallNanos;
                    sameWall += counts ? 1 : 0;
                }
                if (run.Stamps[e].Logical > sameWall)
                {
                    return false;
                }
            }
            return true;
        });
    }

    /// <summary>Physical clock settings: wide offsets, strong drift, frequent resyncs, one jump.</summary>
    internal sealed record ClockSettings(long Offset, double DriftPpm, long SyncEvery, long SyncError, long JumpAt, long JumpBy, ulong Seed)
    {
        public PhysicalClock Create()
        {
            var clock = new PhysicalClock(Offset, DriftPpm, SyncEvery, SyncError, new RandomStream(Seed));
            clock.Jump(CausalHistory.StartNanos + JumpAt, JumpBy);
            return clock;
        }
    }

    /// <summary>A history stamped by one HLC per node, with each event's physical reading and offset.</summary>
    internal sealed record Run(CausalEvent[] Events, HlcTimestamp[] Stamps, long[] Physical, long[] Offsets);

    private static readonly Gen<ClockSettings> Settings = Gen.Select(
            Gen.Long[-50 * Ms, 50 * Ms], Gen.Double[-200, 200], Gen.Long[-100 * Ms, 200 * Ms], Gen.Long[0, 5 * Ms],
            Gen.Long[0, 500 * Ms], Gen.Long[-1_000 * Ms, 1_000 * Ms], Gen.ULong)
        // A non-positive period means "never resync": about a third of the clocks.
        .Select((offset, drift, every, error, at, by, seed) => new ClockSettings(offset, drift, Math.Max(0, every), error, at, by, seed));

    private static readonly Gen<Run> Runs =
        Gen.Select(CausalHistory.Histories, Settings.Array[5]).Select((history, settings) => Stamp(history.Events, settings));

    private static Run Stamp(CausalEvent[] events, ClockSettings[] settings)
    {
        var physical = settings.Select(s => s.Create()).ToArray();
        var clocks = settings.Select(_ => new HybridLogicalClock()).ToArray();
        var stamps = new HlcTimestamp[events.Length];
        var readings = new long[events.Length];
        var offsets = new long[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            readings[i] = physical[e.Node].Read(e.TrueNanos);
            offsets[i] = readings[i] - e.TrueNanos;
            stamps[i] = e.Kind == StepKind.Receive
                ? clocks[e.Node].Observe(stamps[e.SendIndex], readings[i])
                : clocks[e.Node].Now(readings[i]);
        }
        return new Run(events, stamps, readings, offsets);
    }
}
