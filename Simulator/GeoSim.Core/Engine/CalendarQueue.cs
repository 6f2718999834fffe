namespace GeoSim.Core.Engine;

/// <summary>
/// A calendar queue (R. Brown, CACM 1988) of <see cref="Event"/> ordered exactly by (time,
/// sequence number), laid out so that its memory traffic stays sequential where a heap's is
/// random: at 1e5–1e6 pending events the heap's O(log n) cache misses are what a run pays for.
/// Time is cut into days of 2^shift ns, and day d goes to bucket d mod N. A bucket is an
/// unsorted array, so scheduling is an append; only the current day's events are ordered, in a
/// small binary heap that a new event joins when it falls in that day (or earlier). When the heap
/// runs dry the next day's events are taken out of their bucket (events a year or more ahead
/// stay behind) and heapified in one pass. N follows the count, and the day is re-sized from the
/// spacing of the earliest events whenever N changes or the work per operation grows long.
/// </summary>
public sealed class CalendarQueue
{
    private const int MinBuckets = 16;

    /// <summary>How many events one day should hold on average near the front, and the year's mean fill per bucket.</summary>
    private const int EventsPerDay = 32;

    /// <summary>How many of the earliest events size the day.</summary>
    private const int WidthSample = 512;

    /// <summary>
    /// Re-size the day when the work (empty days scanned, events a lap ahead passed over) exceeds
    /// this many steps per operation, counted over at least as many operations as there are
    /// events (a rebuild touches them all, so it stays O(1) amortised per operation).
    /// </summary>
    private const int MaxStepsPerOp = 4;
    private const int MinOpsBeforeRetune = 4096;

    private Event[]?[] _buckets;
    private int[] _sizes;
    private int _mask;
    private int _shift;
    private Event[] _heap;
    private int _heapCount;

    /// <summary>The day the heap holds: every pending event whose day is at most this one is in the heap, every other in its bucket.</summary>
    private long _day;
    private long _nextSeq;
    private long _ops;
    private long _steps;

    public CalendarQueue(int capacity = 1024)
    {
        _heap = new Event[Math.Max(MinBuckets, Math.Min(capacity, 4 * EventsPerDay))];
        (_buckets, _sizes) = NewBuckets(MinBuckets);
        _mask = MinBuckets - 1;
    }

    public int Count { get; private set; }

    /// <summary>Schedules an event and returns the sequence number it was given.</summary>
    public long Enqueue(long time, int kind, int target, long data)
    {
        var seq = _nextSeq++;
        if (Count == 0)
        {
            // Nothing pending: the heap's day becomes this event's, however far it jumped.
            _day = time >> _shift;
        }
        Place(new Event(time, seq, kind, target, data));
        Count++;
        _ops++;
        if (Count > 2 * EventsPerDay * _buckets.Length)
        {
            Rebuild(_buckets.Length * 2);
        }
        return seq;
    }

    public bool TryPeekTime(out long time)
    {
        if (Count == 0)
        {
            time = long.MaxValue;
            return false;
        }
        FillHeap();
        time = _heap[0].Time;
        return true;
    }

    public bool TryDequeue(out Event ev)
    {
        if (Count == 0)
        {
            ev = default;
            return false;
        }
        FillHeap();
        ev = PopHeap();
        Count--;
        _ops++;
        if (Count < EventsPerDay * _buckets.Length / 4 && _buckets.Length > MinBuckets)
        {
            Rebuild(_buckets.Length / 2);
        }
        else if (_ops > Math.Max(MinOpsBeforeRetune, Count) && _steps > MaxStepsPerOp * _ops)
        {
            Rebuild(_buckets.Length);
        }
        return true;
    }

    /// <summary>Puts an event in the heap when its day is the heap's (or earlier), else at the end of its bucket.</summary>
    private void Place(in Event ev)
    {
        var day = ev.Time >> _shift;
        if (day <= _day)
        {
            PushHeap(ev);
            return;
        }
        var bucket = (int)(day & _mask);
        var items = _buckets[bucket];
        var size = _sizes[bucket];
        if (items is null || size == items.Length)
        {
            Array.Resize(ref _buckets[bucket], Math.Max(4, size * 2));
            items = _buckets[bucket]!;
        }
        items[size] = ev;
        _sizes[bucket] = size + 1;
    }

    /// <summary>When the heap is empty, moves the day on to the next one with events and takes them out of their bucket.</summary>
    private void FillHeap()
    {
        while (_heapCount == 0)
        {
            for (var scanned = 0; scanned <= _mask && _heapCount == 0; scanned++)
            {
                _day++;
                TakeDay((int)(_day & _mask));
            }
            if (_heapCount == 0)
            {
                // A year without an event: jump to the day before the earliest one, wherever it is.
                _day = EarliestDay() - 1;
                _steps += _mask + 1;
            }
        }
    }

    /// <summary>Moves the events of the heap's day out of a bucket into the heap, keeping those a lap or more ahead in place.</summary>
    private void TakeDay(int bucket)
    {
        var items = _buckets[bucket];
        var size = _sizes[bucket];
        var kept = 0;
        for (var i = 0; i < size; i++)
        {
            if (items![i].Time >> _shift == _day)
            {
                AddToHeap(items[i]);
            }
            else
            {
                items[kept++] = items[i];
            }
        }
        _sizes[bucket] = kept;
        _steps += kept;
        if (_heapCount == 0)
        {
            _steps++;
        }
        else
        {
            for (var i = (_heapCount - 2) / 2; i >= 0; i--)
            {
                SiftDown(i);
            }
        }
    }

    private long EarliestDay()
    {
        var earliest = long.MaxValue;
        for (var b = 0; b <= _mask; b++)
        {
            for (var i = 0; i < _sizes[b]; i++)
            {
                earliest = Math.Min(earliest, _buckets[b]![i].Time >> _shift);
            }
        }
        return earliest;
    }

    /// <summary>Re-buckets every event into <paramref name="buckets"/> buckets with a day sized from the earliest events' spacing.</summary>
    private void Rebuild(int buckets)
    {
        var events = new Event[Count];
        Array.Copy(_heap, events, _heapCount);
        var n = _heapCount;
        for (var b = 0; b <= _mask; b++)
        {
            Array.Copy(_buckets[b] ?? [], 0, events, n, _sizes[b]);
            n += _sizes[b];
        }
        _shift = DayShift(events);
        (_buckets, _sizes) = NewBuckets(buckets);
        _mask = buckets - 1;
        _heapCount = 0;
        _day = events.Length == 0 ? 0 : long.MaxValue;
        foreach (var ev in events)
        {
            _day = Math.Min(_day, ev.Time >> _shift);
        }
        foreach (var ev in events)
        {
            Place(ev);
        }
        (_ops, _steps) = (0, 0);
    }

    /// <summary>log2 of a day about <see cref="EventsPerDay"/> times the mean gap between the earliest events (at least 1 ns).</summary>
    private static int DayShift(Event[] events)
    {
        if (events.Length < 2)
        {
            return 0;
        }
        var times = new long[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            times[i] = events[i].Time;
        }
        Array.Sort(times);
        var sample = Math.Min(times.Length, WidthSample) - 1;
        var span = (double)times[sample] - times[0];
        var width = Math.Max(1, span / sample * EventsPerDay);
        return Math.Min(62, (int)Math.Ceiling(Math.Log2(width)));
    }

    private static (Event[]?[] Buckets, int[] Sizes) NewBuckets(int count) => (new Event[]?[count], new int[count]);

    private void AddToHeap(in Event ev)
    {
        if (_heapCount == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        _heap[_heapCount++] = ev;
    }

    private void PushHeap(in Event ev)
    {
        AddToHeap(ev);
        var i = _heapCount - 1;
        var item = _heap[i];
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Before(item, _heap[parent]))
            {
                break;
            }
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = item;
    }

    private Event PopHeap()
    {
        var top = _heap[0];
        _heapCount--;
        if (_heapCount > 0)
        {
            _heap[0] = _heap[_heapCount];
            SiftDown(0);
        }
        return top;
    }

    private void SiftDown(int i)
    {
        var item = _heap[i];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= _heapCount)
            {
                break;
            }
            if (child + 1 < _heapCount && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }
            if (!Before(_heap[child], item))
            {
                break;
            }
            _heap[i] = _heap[child];
            i = child;
        }
        _heap[i] = item;
    }

    private static bool Before(in Event a, in Event b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Seq < b.Seq);
}
