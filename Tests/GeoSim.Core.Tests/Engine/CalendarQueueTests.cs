using CsCheck;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Engine;

/// <summary>
/// The calendar queue against an independent reference: .NET's PriorityQueue keyed by (time,
/// sequence number), which is a total order, so both must give the very same event sequence.
/// </summary>
public class CalendarQueueTests
{
    /// <summary>One step of a random workload: enqueue at last-dequeued time + delay (delay may be negative), or dequeue.</summary>
    private static readonly Gen<(long Delay, bool Dequeue)> Step = Gen.Select(
        Gen.OneOf(Gen.Long[0, 3], Gen.Long[0, 1_000], Gen.Long[0, 1_000_000_000], Gen.Long[-50, 0], Gen.Long[0, long.MaxValue / 4]),
        Gen.Int[0, 99].Select(p => p < 45));

    [Test]
    public void Random_interleavings_dequeue_exactly_what_a_reference_priority_queue_does()
    {
        Step.Array[1, 3_000].Sample(steps => SameAsReference(steps, growFirst: 0), iter: 300);
    }

    [Test]
    public void Random_interleavings_on_a_large_queue_that_grows_and_shrinks_match_the_reference()
    {
        // A few thousand pending events first, so the bucket count doubles several times, then the
        // random steps drain it far enough to halve it again.
        Step.Array[1, 6_000].Sample(steps => SameAsReference(steps, growFirst: 5_000), iter: 40);
    }

    [Test]
    public void A_hold_model_with_a_million_dequeues_matches_the_reference_event_for_event()
    {
        var calendar = new CalendarQueue();
        var reference = new PriorityQueue<Event, (long, long)>();
        var random = new RandomStream(7);
        for (var p = 0; p < 10_000; p++)
        {
            Both(calendar, reference, (long)(-Math.Log(random.NextDoubleOpenZero()) * 1e9), p);
        }
        for (var n = 0; n < 1_000_000; n++)
        {
            calendar.TryDequeue(out var got);
            reference.TryDequeue(out var expected, out _);
            Assert.That(got, Is.EqualTo(expected), $"event {n}");
            Both(calendar, reference, got.Time + (long)(-Math.Log(random.NextDoubleOpenZero()) * 1e9), got.Target);
        }
    }

    [Test]
    public void Bursts_at_one_time_come_out_in_insertion_order_around_a_far_future_event()
    {
        var queue = new CalendarQueue();
        queue.Enqueue(long.MaxValue / 2, 0, -1, 0);
        for (var i = 0; i < 10_000; i++)
        {
            queue.Enqueue(1_000 * (i / 2_500), 0, i, 0);
        }
        var order = new List<int>();
        while (queue.TryDequeue(out var ev))
        {
            order.Add(ev.Target);
        }
        Assert.That(order, Is.EqualTo(Enumerable.Range(0, 10_000).Append(-1)));
    }

    [Test]
    public void Peek_tells_the_time_of_the_next_dequeue_and_an_empty_queue_says_so()
    {
        var queue = new CalendarQueue();
        Assert.That(queue.TryPeekTime(out var none), Is.False);
        Assert.That(none, Is.EqualTo(long.MaxValue));
        foreach (var t in new long[] { 50, 7, 1_000_000_000_000, 7, 3 })
        {
            queue.Enqueue(t, 0, 0, 0);
        }
        var times = new List<long>();
        while (queue.TryPeekTime(out var peeked))
        {
            queue.TryDequeue(out var ev);
            Assert.That(ev.Time, Is.EqualTo(peeked));
            times.Add(ev.Time);
        }
        Assert.That(times, Is.EqualTo(new long[] { 3, 7, 7, 50, 1_000_000_000_000 }));
        Assert.That(queue.TryDequeue(out _), Is.False);
    }

    private static bool SameAsReference((long Delay, bool Dequeue)[] steps, int growFirst)
    {
        var calendar = new CalendarQueue(2);
        var reference = new PriorityQueue<Event, (long, long)>();
        var now = 0L;
        for (var i = 0; i < growFirst; i++)
        {
            Both(calendar, reference, i * 37 % 10_007, i);
        }
        foreach (var (delay, dequeue) in steps)
        {
            if (!dequeue)
            {
                Both(calendar, reference, Math.Clamp(now + delay, 0, long.MaxValue / 2), 0);
                continue;
            }
            var got = calendar.TryDequeue(out var ev);
            var expected = reference.TryDequeue(out var want, out _);
            if (got != expected || (got && ev != want) || calendar.Count != reference.Count)
            {
                return false;
            }
            now = got ? ev.Time : now;
        }
        while (reference.TryDequeue(out var want, out _))
        {
            if (!calendar.TryDequeue(out var ev) || ev != want)
            {
                return false;
            }
        }
        return calendar.Count == 0;
    }

    private static void Both(CalendarQueue calendar, PriorityQueue<Event, (long, long)> reference, long time, int target)
    {
        var seq = calendar.Enqueue(time, 1, target, time ^ target);
        reference.Enqueue(new Event(time, seq, 1, target, time ^ target), (time, seq));
    }
}
