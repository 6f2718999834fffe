namespace GeoSim.Core.Engine;

/// <summary>
/// A calendar queue (R. Brown, CACM 1988) of <see cref="Event"/> ordered exactly by (time,
/// sequence number): O(1) amortised per operation where a heap pays O(log n) cache misses, which
/// dominate at 1e5–1e6 pending events. Time is cut into days of 2^shift ns; day d goes to bucket
/// d mod N, and a bucket is a list sorted by (time, seq). The next event is the head of the
/// current day's bucket if it falls in that day, else the scan moves to the next day; a scan that
/// finds nothing for a whole year (N days) looks at every bucket's head instead. N follows the
/// count (doubling and halving), and the day is re-sized from the spacing of the earliest events
/// whenever N changes or the scans and list walks grow long. Entries live in one growable array
/// with a free list, so steady state allocates nothing.
/// </summary>
public sealed class CalendarQueue
{
    private const int MinBuckets = 16;
    private const int NoNode = -1;

    /// <summary>How many of the earliest events size the day, and how many of them one day should hold on average.</summary>
    private const int WidthSample = 512;
    private const int EventsPerDay = 3;

    /// <summary>
    /// Re-size the day when the work (days scanned, list nodes walked) exceeds this many steps per
    /// operation, counted over at least as many operations as there are events (a rebuild sorts
    /// them all, so it stays O(log n) amortised even when the times defeat every day size).
    /// </summary>
    private const int MaxStepsPerOp = 6;
    private const int MinOpsBeforeRetune = 4096;

    private Node[] _nodes;
    private int _free = NoNode;
    private int _used;
    private Bucket[] _buckets;
    private int _mask;
    private int _shift;
    private long _day;
    private long _nextSeq;
    private long _ops;
    private long _steps;

    public CalendarQueue(int capacity = 1024)
    {
        _nodes = new Node[Math.Max(MinBuckets, capacity)];
        _buckets = NewBuckets(MinBuckets);
        _mask = MinBuckets - 1;
    }

    public int Count { get; private set; }

    /// <summary>Schedules an event and returns the sequence number it was given.</summary>
    public long Enqueue(long time, int kind, int target, long data)
    {
        var seq = _nextSeq++;
        if (Count == 0)
        {
            // Nothing pending: the scan starts at this event's day, however far it jumped.
            _day = time >> _shift;
        }
        var node = Allocate();
        _nodes[node] = new Node(new Event(time, seq, kind, target, data), NoNode);
        Insert(node);
        Count++;
        _ops++;
        if (Count > 2 * _buckets.Length)
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
        time = _nodes[_buckets[FindNext()].Head].Event.Time;
        return true;
    }

    public bool TryDequeue(out Event ev)
    {
        if (Count == 0)
        {
            ev = default;
            return false;
        }
        ref var bucket = ref _buckets[FindNext()];
        var node = bucket.Head;
        ev = _nodes[node].Event;
        bucket.Head = _nodes[node].Next;
        if (bucket.Head == NoNode)
        {
            bucket.Tail = NoNode;
        }
        _nodes[node] = new Node(default, _free);
        _free = node;
        Count--;
        _ops++;
        if (Count < _buckets.Length / 4 && _buckets.Length > MinBuckets)
        {
            Rebuild(_buckets.Length / 2);
        }
        else if (_ops > Math.Max(MinOpsBeforeRetune, Count) && _steps > MaxStepsPerOp * _ops)
        {
            Rebuild(_buckets.Length);
        }
        return true;
    }

    /// <summary>The bucket whose head is the next event; moves the current day up to it.</summary>
    private int FindNext()
    {
        for (var scanned = 0; scanned <= _mask; scanned++)
        {
            var bucket = (int)(_day & _mask);
            var head = _buckets[bucket].Head;
            if (head != NoNode && _nodes[head].Event.Time >> _shift == _day)
            {
                _steps += scanned;
                return bucket;
            }
            _day++;
        }
        // A year without an event: the earliest head is the next event, wherever it is.
        _steps += _mask + 1;
        var best = NoNode;
        for (var b = 0; b <= _mask; b++)
        {
            var head = _buckets[b].Head;
            if (head != NoNode && (best == NoNode || Before(_nodes[head].Event, _nodes[_buckets[best].Head].Event)))
            {
                best = b;
            }
        }
        _day = _nodes[_buckets[best].Head].Event.Time >> _shift;
        return best;
    }

    private void Insert(int node)
    {
        ref readonly var ev = ref _nodes[node].Event;
        var day = ev.Time >> _shift;
        ref var bucket = ref _buckets[(int)(day & _mask)];
        if (day < _day)
        {
            // Earlier than the day being scanned (allowed, though the scheduler never does it).
            _day = day;
        }
        if (bucket.Tail == NoNode)
        {
            bucket = new Bucket(node, node, ev.Time);
            return;
        }
        // The common case: the sequence number is the largest yet, so a time at or after the
        // tail's goes last; the bucket keeps that time, sparing a read of the tail's entry.
        if (ev.Time >= bucket.TailTime)
        {
            _nodes[bucket.Tail].Next = node;
            (bucket.Tail, bucket.TailTime) = (node, ev.Time);
            return;
        }
        var head = bucket.Head;
        if (Before(ev, _nodes[head].Event))
        {
            _nodes[node].Next = head;
            bucket.Head = node;
            return;
        }
        var at = head;
        while (!Before(ev, _nodes[_nodes[at].Next].Event))
        {
            at = _nodes[at].Next;
            _steps++;
        }
        _nodes[node].Next = _nodes[at].Next;
        _nodes[at].Next = node;
    }

    /// <summary>Re-buckets every event into <paramref name="buckets"/> buckets with a day sized from the earliest events' spacing.</summary>
    private void Rebuild(int buckets)
    {
        var events = new Event[Count];
        var n = 0;
        foreach (var bucket in _buckets)
        {
            for (var node = bucket.Head; node != NoNode; node = _nodes[node].Next)
            {
                events[n++] = _nodes[node].Event;
            }
        }
        Array.Sort(events, static (a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        _shift = DayShift(events);
        _buckets = NewBuckets(buckets);
        _mask = buckets - 1;
        _day = events.Length > 0 ? events[0].Time >> _shift : 0;
        _free = NoNode;
        _used = 0;
        // In order, each insert appends at its bucket's tail.
        foreach (var ev in events)
        {
            var node = Allocate();
            _nodes[node] = new Node(ev, NoNode);
            Insert(node);
        }
        (_ops, _steps) = (0, 0);
    }

    /// <summary>log2 of a day about <see cref="EventsPerDay"/> times the mean gap between the earliest events (at least 1 ns).</summary>
    private static int DayShift(Event[] sorted)
    {
        var sample = Math.Min(sorted.Length, WidthSample) - 1;
        if (sample < 1)
        {
            return 0;
        }
        var span = (double)sorted[sample].Time - sorted[0].Time;
        var width = Math.Max(1, span / sample * EventsPerDay);
        return Math.Min(62, (int)Math.Ceiling(Math.Log2(width)));
    }

    private int Allocate()
    {
        if (_free != NoNode)
        {
            var node = _free;
            _free = _nodes[node].Next;
            return node;
        }
        if (_used == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        return _used++;
    }

    private static Bucket[] NewBuckets(int count)
    {
        var buckets = new Bucket[count];
        Array.Fill(buckets, new Bucket(NoNode, NoNode, 0));
        return buckets;
    }

    private static bool Before(in Event a, in Event b) =>
        a.Time < b.Time || (a.Time == b.Time && a.Seq < b.Seq);

    /// <summary>A day's list: first and last entry, and the last one's time.</summary>
    private struct Bucket(int head, int tail, long tailTime)
    {
        public int Head = head;
        public int Tail = tail;
        public long TailTime = tailTime;
    }

    private struct Node(Event ev, int next)
    {
        public Event Event = ev;
        public int Next = next;
    }
}
