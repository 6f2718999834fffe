using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>
/// The federated queries: Poisson arrivals at the querying region; a request (a datagram) to the
/// first node of every region holding its data; a scan there of rows / scan-rate; the rows moved
/// back (the matching ones for push-down, all for pull) as one datagram on the same network as
/// everything else, so latency, bandwidth queues, loss and partitions act on them. A query
/// completes when the last region's rows arrive, or fails at its timeout. Pull filters at the
/// querying region at the same rate: the time is the same, only where it is spent differs.
/// </summary>
internal sealed class QueryDriver
{
    private const int Arrival = 0;
    private const int ScanDone = 1;
    private const int RowsArrival = 2;
    private const int Timeout = 3;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 4;

    private readonly Scheduler _scheduler;
    private readonly Topology.Topology _topology;
    private readonly Network _network;
    private readonly RandomStream _rng;
    private readonly IQueryObserver _metrics;
    private readonly IReadOnlyList<QuerySpec> _queries;
    private readonly IReadOnlyList<(RegionId Region, long Rows)>[] _rows;
    private readonly long[] _scanRows; // query × regions + region: the rows that region scans
    private readonly SlotPool<PendingQuery> _pending = new();
    private readonly int _regions;
    private readonly long _durationNanos;
    private readonly int _kindBase;

    public QueryDriver(Scheduler scheduler, Topology.Topology topology, Network network, ScenarioSpec scenario, RandomStream rng, IQueryObserver metrics, int kindBase)
    {
        _scheduler = scheduler;
        _topology = topology;
        _network = network;
        _rng = rng;
        _metrics = metrics;
        _queries = scenario.Workload.Queries;
        _rows = _queries.Select(q => q.RowsByRegion()).ToArray();
        _regions = topology.RegionCount;
        _scanRows = new long[_queries.Count * _regions];
        for (var q = 0; q < _queries.Count; q++)
        {
            foreach (var (region, rows) in _rows[q])
            {
                _scanRows[q * _regions + region.Index] = rows;
            }
        }
        _durationNanos = scenario.Duration.Nanos;
        _kindBase = kindBase;
    }

    public void Start()
    {
        for (var q = 0; q < _queries.Count; q++)
        {
            _scheduler.At(NextGap(q), _kindBase + Arrival, q, 0);
        }
    }

    public void Handle(in Event ev)
    {
        switch (ev.Kind - _kindBase)
        {
            case Arrival:
                OnArrival(ev.Target);
                break;
            case ScanDone:
                OnScanDone(ev.Target, ev.Data);
                break;
            case RowsArrival:
                ref var query = ref _pending[ev.Target];
                if (query.Waiting && query.Generation == (int)(ev.Data / _regions) && --query.Remaining == 0)
                {
                    Finish(ev.Target, success: true);
                }
                break;
            case Timeout:
                ref var timedOut = ref _pending[ev.Target];
                if (timedOut.Waiting && timedOut.Generation == (int)ev.Data)
                {
                    Finish(ev.Target, success: false);
                }
                break;
            default:
                throw new InvalidOperationException($"unknown query event kind {ev.Kind}");
        }
    }

    /// <summary>The rows a query's region sends back, in bytes (the loader keeps it within an int).</summary>
    internal static int MovedBytes(QuerySpec query, long scannedRows) => (int)(query.RowsMoved(scannedRows) * query.RowSizeBytes);

    /// <summary>The time a region takes to scan (or the querying region to filter) its rows.</summary>
    internal static long ScanNanos(QuerySpec query, long rows) => (long)Math.Round(rows / query.ScanRowsPerSecond * 1e9);

    private void OnArrival(int q)
    {
        var spec = _queries[q];
        var now = _scheduler.Now;
        ref var query = ref _pending.Allocate(out var slot);
        query.Generation++;
        query.Waiting = true;
        query.Query = q;
        query.Remaining = _rows[q].Count;
        query.IssuedAtNanos = now;
        _scheduler.After(spec.Timeout.Nanos, _kindBase + Timeout, slot, query.Generation);
        foreach (var (region, rows) in _rows[q])
        {
            var node = _topology.NodeIn(region, 0);
            if (Send(q, spec.Region, region, node, Network.ControlMessageBytes, out var arrival))
            {
                _scheduler.At(arrival + ScanNanos(spec, rows), _kindBase + ScanDone, slot, (long)query.Generation * _regions + region.Index);
            }
        }
        _scheduler.After(NextGap(q), _kindBase + Arrival, q, 0);
    }

    /// <summary>A region finished its scan: its node (if up) sends the rows back.</summary>
    private void OnScanDone(int slot, long data)
    {
        ref var query = ref _pending[slot];
        var region = new RegionId((int)(data % _regions));
        if (!query.Waiting || query.Generation != (int)(data / _regions) || !_network.IsUp(_topology.NodeIn(region, 0)))
        {
            return;
        }
        var spec = _queries[query.Query];
        var bytes = MovedBytes(spec, _scanRows[query.Query * _regions + region.Index]);
        if (Send(query.Query, region, spec.Region, null, bytes, out var arrival))
        {
            _scheduler.At(arrival, _kindBase + RowsArrival, slot, data);
        }
    }

    private bool Send(int q, RegionId from, RegionId to, NodeId? node, int bytes, out long arrival)
    {
        var now = _scheduler.Now;
        if (_network.PutsOnWire(from, to, node))
        {
            _metrics.OnBytes(q, from, to, bytes, now);
        }
        return _network.TrySendDatagram(from, to, node, bytes, now, out arrival);
    }

    private void Finish(int slot, bool success)
    {
        ref var query = ref _pending[slot];
        query.Waiting = false;
        _pending.Free(slot);
        if (query.IssuedAtNanos + _queries[query.Query].Timeout.Nanos <= _durationNanos)
        {
            _metrics.OnFinished(query.Query, query.IssuedAtNanos, _scheduler.Now, success);
        }
    }

    private long NextGap(int q) => (long)Math.Ceiling(-1e9 / _queries[q].RatePerSecond * Math.Log(_rng.NextDoubleOpenZero()));
}
