using GeoSim.Core.Spec;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>
/// The federated queries' own rows, per query (its name is the scope): latency and availability of
/// the queries issued after the warmup, the cross-region bytes they put on the wire (also counted in
/// <c>cross_region_bytes</c>) and, with prices, what those bytes cost.
/// </summary>
internal sealed class QueryMetrics : IQueryObserver
{
    private readonly IntervalClock _clock;
    private readonly IReadOnlyList<QuerySpec> _queries;
    private readonly int _regions;
    private readonly CostSpec? _cost;
    private readonly DistributionMetric[] _latency;
    private readonly RatioSeries[] _availability;
    private readonly long[] _bytes;
    private readonly IntervalSeries[] _bytesPerInterval;
    private readonly long[] _pairBytes; // query × regions² + pair

    public QueryMetrics(IntervalClock clock, IReadOnlyList<QuerySpec> queries, int regions, CostSpec? cost)
    {
        _clock = clock;
        _queries = queries;
        _regions = regions;
        _cost = cost;
        _latency = queries.Select(_ => new DistributionMetric(clock.Count)).ToArray();
        _availability = queries.Select(_ => new RatioSeries(clock.Count)).ToArray();
        _bytes = new long[queries.Count];
        _bytesPerInterval = queries.Select(_ => new IntervalSeries(clock.Count)).ToArray();
        _pairBytes = new long[queries.Count * regions * regions];
    }

    public void OnFinished(int query, long issuedAt, long now, bool success)
    {
        if (!_clock.Measured(issuedAt))
        {
            return;
        }
        var interval = _clock.IndexOf(issuedAt);
        _availability[query].Add(interval, success);
        if (success)
        {
            _latency[query].Record(interval, now - issuedAt);
        }
    }

    public void OnBytes(int query, RegionId src, RegionId dst, int bytes, long now)
    {
        if (src == dst || !_clock.Measured(now))
        {
            return;
        }
        _bytes[query] += bytes;
        _bytesPerInterval[query].Add(_clock.IndexOf(now), bytes);
        _pairBytes[(query * _regions + src.Index) * _regions + dst.Index] += bytes;
    }

    public void AddRows(RowBuilder rows, double measuredSeconds)
    {
        for (var q = 0; q < _queries.Count; q++)
        {
            rows.AddMilliseconds(MetricNames.QueryLatency, _queries[q].Name, _latency[q]);
        }
        for (var q = 0; q < _queries.Count; q++)
        {
            rows.AddRatio(MetricNames.QueryAvailability, _queries[q].Name, _availability[q]);
        }
        for (var q = 0; q < _queries.Count; q++)
        {
            rows.AddCount(MetricNames.QueryBytes, _queries[q].Name, "bytes", _bytes[q], _bytesPerInterval[q]);
        }
        if (_cost is null)
        {
            return;
        }
        var usd = _queries.Select((_, q) => Usd(q)).ToArray();
        for (var q = 0; q < _queries.Count; q++)
        {
            rows.AddValue(MetricNames.QueryEgressUsd, _queries[q].Name, "usd", _bytes[q], usd[q]);
        }
        rows.AddValue(MetricNames.QueryEgressUsd, MetricNames.AllScope, "usd", _bytes.Sum(), usd.Sum());
        if (measuredSeconds <= 0)
        {
            return;
        }
        var perMonth = EgressCost.SecondsPerMonth / measuredSeconds;
        for (var q = 0; q < _queries.Count; q++)
        {
            rows.AddValue(MetricNames.QueryEgressUsdPerMonth, _queries[q].Name, "usd", _bytes[q], usd[q] * perMonth);
        }
        rows.AddValue(MetricNames.QueryEgressUsdPerMonth, MetricNames.AllScope, "usd", _bytes.Sum(), usd.Sum() * perMonth);
    }

    private double Usd(int query)
    {
        var pairs = _regions * _regions;
        var usd = 0.0;
        for (var pair = 0; pair < pairs; pair++)
        {
            usd += _pairBytes[query * pairs + pair] / EgressCost.BytesPerGb * _cost!.EgressUsdPerGb[pair];
        }
        return usd;
    }
}
