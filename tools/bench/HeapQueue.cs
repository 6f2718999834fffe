using GeoSim.Core.Engine;

namespace GeoSim.Bench;

/// <summary>
/// A 4-ary min-heap of <see cref="Event"/> ordered by (time, sequence number): the scheduler's
/// queue before <see cref="CalendarQueue"/>, kept here as the engine benchmark's second
/// comparison. Entries live in one growable array, so steady state allocates nothing. Equal times
/// pop in insertion order, which .NET's PriorityQueue does not guarantee.
/// </summary>
internal sealed class HeapQueue
{
    private Event[] _heap;
    private int _count;
    private long _nextSeq;

    public HeapQueue(int capacity = 1024) => _heap = new Event[Math.Max(4, capacity)];

    public int Count => _count;

    /// <summary>Schedules an event and returns the sequence number it was given.</summary>
    public long Enqueue(long time, int kind, int target, long data)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        var seq = _nextSeq++;
        SiftUp(_count++, new Event(time, seq, kind, target, data));
        return seq;
    }

    public bool TryPeekTime(out long time)
    {
        time = _count > 0 ? _heap[0].Time : long.MaxValue;
        return _count > 0;
    }

    public bool TryDequeue(out Event ev)
    {
        if (_count == 0)
        {
            ev = default;
            return false;
        }
        ev = _heap[0];
        var last = _heap[--_count];
        if (_count > 0)
        {
            SiftDown(last);
        }
        return true;
    }

    private static bool Before(in Event a, in Event b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Seq < b.Seq);

    private void SiftUp(int index, Event ev)
    {
        var heap = _heap;
        while (index > 0)
        {
            var parent = (index - 1) >> 2;
            if (!Before(ev, heap[parent]))
            {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = ev;
    }

    private void SiftDown(Event ev)
    {
        var heap = _heap;
        var count = _count;
        var index = 0;
        while (true)
        {
            var first = (index << 2) + 1;
            if (first >= count)
            {
                break;
            }
            var best = first;
            var end = Math.Min(first + 4, count);
            for (var c = first + 1; c < end; c++)
            {
                if (Before(heap[c], heap[best]))
                {
                    best = c;
                }
            }
            if (!Before(heap[best], ev))
            {
                break;
            }
            heap[index] = heap[best];
            index = best;
        }
        heap[index] = ev;
    }
}
