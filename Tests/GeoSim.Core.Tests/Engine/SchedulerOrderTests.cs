using CsCheck;
using GeoSim.Core.Engine;

namespace GeoSim.Core.Tests.Engine;

public class SchedulerOrderTests
{
    [Test]
    public void Dequeued_time_and_sequence_never_decrease_when_nothing_is_scheduled_in_the_past()
    {
        // Scheduler-like use: each popped event schedules 0-2 new ones at now + a small delay
        // (often 0, so equal times are common).
        Gen.Int[0, 3].Array[1, 400].Sample(delays =>
        {
            var queue = new CalendarQueue(2);
            queue.Enqueue(0, 0, 0, 0);
            var next = 0;
            var last = (Time: -1L, Seq: -1L);
            while (queue.TryDequeue(out var ev))
            {
                if (ev.Time < last.Time || (ev.Time == last.Time && ev.Seq <= last.Seq))
                {
                    return false;
                }
                last = (ev.Time, ev.Seq);
                for (var k = 0; k < 2 && next < delays.Length; k++)
                {
                    queue.Enqueue(ev.Time + delays[next++], 0, 0, 0);
                }
            }
            return true;
        });
    }

    [Test]
    public void Interleaved_enqueues_and_dequeues_match_a_sorted_reference()
    {
        Gen.Select(Gen.Int[0, 20], Gen.Bool).Array[1, 300].Sample(steps =>
        {
            var queue = new CalendarQueue(2);
            var reference = new SortedSet<(long Time, long Seq)>();
            var seq = 0L;
            foreach (var (time, dequeue) in steps)
            {
                queue.Enqueue(time, 0, 0, 0);
                reference.Add((time, seq++));
                if (dequeue)
                {
                    queue.TryDequeue(out var ev);
                    var expected = reference.Min;
                    reference.Remove(expected);
                    if ((ev.Time, ev.Seq) != expected)
                    {
                        return false;
                    }
                }
            }
            return queue.Count == reference.Count;
        });
    }

    [Test]
    public void A_full_drain_is_sorted_by_time_then_insertion_order()
    {
        Gen.Int[0, 10].Array[0, 500].Sample(times =>
        {
            var queue = new CalendarQueue(2);
            for (var i = 0; i < times.Length; i++)
            {
                queue.Enqueue(times[i], 0, i, 0);
            }
            var order = new List<int>();
            while (queue.TryDequeue(out var ev))
            {
                order.Add(ev.Target);
            }
            var expected = Enumerable.Range(0, times.Length).OrderBy(i => times[i]).ThenBy(i => i);
            return order.SequenceEqual(expected);
        });
    }

    [Test]
    public void Scheduler_runs_events_in_time_order_and_stops_at_the_horizon()
    {
        var scheduler = new Scheduler();
        var seen = new Recorder(scheduler);
        scheduler.At(30, 0, 3, 0);
        scheduler.At(10, 0, 1, 0);
        scheduler.At(10, 0, 2, 0);
        scheduler.At(50, 0, 5, 0);

        var completed = scheduler.Run(seen, until: 40, maxEvents: long.MaxValue, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(completed, Is.True);
            Assert.That(seen.Targets, Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(scheduler.Now, Is.EqualTo(40));
        });
        Assert.That(scheduler.Run(seen, until: 60, maxEvents: long.MaxValue, CancellationToken.None), Is.True);
        Assert.That(seen.Targets, Is.EqualTo(new[] { 1, 2, 3, 5 }), "the event past the first horizon is still pending and runs next");
    }

    [Test]
    public void Scheduler_stops_at_the_event_bound()
    {
        var scheduler = new Scheduler();
        var seen = new Recorder(scheduler);
        for (var i = 0; i < 10; i++)
        {
            scheduler.At(i, 0, i, 0);
        }

        var completed = scheduler.Run(seen, until: 100, maxEvents: 4, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(completed, Is.False);
            Assert.That(scheduler.EventsProcessed, Is.EqualTo(4));
        });
    }

    [Test]
    public void Scheduling_in_the_past_is_a_bug()
    {
        var scheduler = new Scheduler();
        scheduler.At(10, 0, 0, 0);
        scheduler.Run(new Recorder(scheduler), 10, long.MaxValue, CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => scheduler.At(5, 0, 0, 0));
    }

    private sealed class Recorder(Scheduler scheduler) : IEventHandler
    {
        public List<int> Targets { get; } = [];

        public void Handle(in Event ev)
        {
            Assert.That(ev.Time, Is.EqualTo(scheduler.Now));
            Targets.Add(ev.Target);
        }
    }
}
