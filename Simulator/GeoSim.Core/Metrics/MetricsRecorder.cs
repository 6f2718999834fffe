using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>
/// Collects every metric of a run as it happens, in true time, into streaming histograms and
/// per-interval series; <see cref="Build"/> turns them into rows. Only what started (or was
/// committed, or was sampled) after the warmup counts.
/// </summary>
public sealed class MetricsRecorder : ITrafficSink
{
    private readonly Topology.Topology _topology;
    private readonly IntervalClock _clock;
    private readonly int _regions;
    private readonly ClientMetrics[] _clients; // per client region, then "all"
    private readonly DistributionMetric?[] _lag;
    private readonly long[] _lagCensored;
    private readonly IntervalSeries?[] _lagCensoredPerInterval;
    private readonly DistributionMetric[] _behind;
    private readonly long[] _bytes;
    private readonly IntervalSeries?[] _bytesPerInterval;
    private readonly long[] _messages;
    private readonly IntervalSeries?[] _messagesPerInterval;
    private readonly DistributionMetric?[] _hops;
    private readonly List<SeriesPoint>[] _clockOffsets;
    private readonly EventCounter _conflicts;
    private readonly EventCounter _linearizability;
    private bool _reportLinearizability;
    private readonly List<SeriesPoint> _divergentKeys = [];
    private readonly int[] _siblingKeysOfNode;
    private readonly List<SeriesPoint>[] _siblingKeys;
    private bool _anySiblings;
    private readonly FailoverMetrics[] _failover;
    private bool _anyClockOffset;
    private bool _reportFailover;
    private readonly bool[] _holdsData;
    private readonly CostSpec? _cost;
    /// <summary>The end of the measured time: the scenario's duration, or where an interrupted run stopped.</summary>
    private long _measuredEndNanos;

    /// <param name="dataless">Regions whose nodes hold no data (a failover witness): nothing is behind, promoted or lost there, so they get no such rows.</param>
    /// <param name="visibility">The probe reads of <c>metrics.t-visibility</c>, when the strategy issues them.</param>
    /// <param name="longestOpNanos">The longest a client op can take (the largest client timeout); 0: unknown, every interval stays open.</param>
    public MetricsRecorder(Topology.Topology topology, long intervalNanos, long durationNanos, long warmupNanos, IReadOnlyCollection<RegionId>? dataless = null,
        TVisibilitySpec? visibility = null, CostSpec? cost = null, long longestOpNanos = 0)
    {
        _cost = cost;
        _measuredEndNanos = durationNanos;
        _topology = topology;
        _holdsData = Enumerable.Range(0, topology.RegionCount)
            .Select(r => topology.NodesIn(new RegionId(r)) > 0 && dataless?.Contains(new RegionId(r)) != true).ToArray();
        _clock = new IntervalClock(intervalNanos, durationNanos, warmupNanos);
        _regions = topology.RegionCount;
        // An interval is complete once its last op can no longer finish: its timeout, and the interval itself, later.
        var open = longestOpNanos > 0 ? (int)Math.Min(_clock.Count, longestOpNanos / intervalNanos + 2) : _clock.Count;
        _clients = Enumerable.Range(0, _regions + 1).Select(_ => new ClientMetrics(_clock.Count, open)).ToArray();
        _lag = new DistributionMetric?[_regions * _regions];
        _lagCensored = new long[_regions * _regions];
        _lagCensoredPerInterval = new IntervalSeries?[_regions * _regions];
        _behind = Enumerable.Range(0, _regions).Select(_ => new DistributionMetric(_clock.Count)).ToArray();
        _bytes = new long[_regions * _regions];
        _bytesPerInterval = new IntervalSeries?[_regions * _regions];
        _messages = new long[_regions * _regions];
        _messagesPerInterval = new IntervalSeries?[_regions * _regions];
        _hops = new DistributionMetric?[_regions * _regions];
        _clockOffsets = Enumerable.Range(0, _regions).Select(_ => new List<SeriesPoint>()).ToArray();
        _siblingKeysOfNode = new int[topology.NodeCount];
        _siblingKeys = Enumerable.Range(0, _regions).Select(_ => new List<SeriesPoint>()).ToArray();
        _conflicts = new EventCounter(_regions, _clock.Count);
        _linearizability = new EventCounter(_regions, _clock.Count);
        _failover = Enumerable.Range(0, _regions).Select(_ => new FailoverMetrics(_clock.Count)).ToArray();
        Counters = new StrategyCounters(_clock, _regions);
        Log = new LogAudit(topology.NodeCount);
        Durations = new StrategyDurations(_clock, _regions);
        Visibility = visibility is null ? null : new VisibilityProbes(visibility, _clock);
    }

    /// <summary>The log safety check of a strategy that replicates a log.</summary>
    public LogAudit Log { get; }

    /// <summary>What a strategy counts of its own work.</summary>
    public StrategyCounters Counters { get; }

    /// <summary>What a strategy times of its own work.</summary>
    public StrategyDurations Durations { get; }

    /// <summary>The t-visibility probes; null when none run.</summary>
    public VisibilityProbes? Visibility { get; }

    /// <summary>Reads and storage by tier; null until <see cref="ReportTiers"/>.</summary>
    internal TierMetrics? Tiers { get; private set; }

    /// <summary>Values of data classes outside their residency; null when the scenario has no data classes.</summary>
    internal ResidencyChecker? Residency { get; set; }

    /// <summary>The <c>migrate</c> actions' costs; null when the timeline has none.</summary>
    internal MigrationMeasures? Migrations { get; set; }

    /// <summary>The federated queries' rows; null until <see cref="ReportQueries"/>.</summary>
    internal QueryMetrics? Queries { get; private set; }

    /// <summary>Report reads by tier and what each tier stores (and costs, with storage prices).</summary>
    /// <param name="keysAtStart">Keys per tier at the start, by <see cref="StorageTier"/>.</param>
    internal void ReportTiers(StorageSpec storage, long[] keysAtStart, int valueSizeBytes) =>
        Tiers = new TierMetrics(_clock, storage, keysAtStart, valueSizeBytes, _holdsData.Count(h => h), _cost?.StorageUsdPerGbMonth);

    /// <summary>Report the federated queries' latency, availability, bytes and egress.</summary>
    internal void ReportQueries(IReadOnlyList<QuerySpec> queries) => Queries = new QueryMetrics(_clock, queries, _regions, _cost);

    /// <summary>Samples how many keys differ between any two nodes.</summary>
    public void SampleDivergence(int divergentKeys, long now)
    {
        if (_clock.Measured(now))
        {
            _divergentKeys.Add(new SeriesPoint(now / 1e9, divergentKeys));
        }
    }

    public void OnSiblingKeys(NodeId node, int keys)
    {
        _siblingKeysOfNode[node.Index] = keys;
        _anySiblings = true;
    }

    /// <summary>Samples, per region, the most keys with siblings any of its nodes holds.</summary>
    public void SampleSiblings(long now)
    {
        if (!_anySiblings || !_clock.Measured(now))
        {
            return;
        }
        for (var r = 0; r < _regions; r++)
        {
            var region = new RegionId(r);
            var worst = Enumerable.Range(0, _topology.NodesIn(region)).Select(i => _siblingKeysOfNode[_topology.NodeIn(region, i).Index]).DefaultIfEmpty(0).Max();
            _siblingKeys[r].Add(new SeriesPoint(now / 1e9, worst));
        }
    }

    /// <summary>A node of <paramref name="region"/> detected two concurrent versions of a key.</summary>
    public void OnConflict(RegionId region, long now)
    {
        if (_clock.Measured(now))
        {
            _conflicts.Add(region.Index, _clock.IndexOf(now));
        }
    }

    /// <summary>The strategy can fail over: report failovers and lost updates per region, zeros included.</summary>
    public void ReportFailover() => _reportFailover = true;

    public void OnFailover(RegionId region, long now)
    {
        if (_clock.Measured(now))
        {
            _failover[region.Index].AddFailover(_clock.IndexOf(now));
        }
    }

    /// <summary>Acknowledged writes found lost now (at a promotion, or when a late acknowledgement arrives).</summary>
    public void OnLostUpdates(RegionId region, long count, long now)
    {
        if (_clock.Measured(now))
        {
            _failover[region.Index].AddLost(_clock.IndexOf(now), count);
        }
    }

    public void OnRpo(RegionId region, long nanos, long now) => RecordIfMeasured(_failover[region.Index].Rpo, nanos, now);

    public void OnRto(RegionId region, long nanos, long now) => RecordIfMeasured(_failover[region.Index].Rto, nanos, now);

    /// <summary>A recovery that never came: its RTO counts up to <paramref name="now"/> (the end), flagged as censored.</summary>
    public void OnRtoCensored(RegionId region, long nanos, long now)
    {
        if (_clock.Measured(now))
        {
            var failover = _failover[region.Index];
            failover.Rto.Record(_clock.IndexOf(now), nanos);
            failover.RtoCensored++;
            failover.RtoCensoredPerInterval.Add(_clock.IndexOf(now), 1);
        }
    }

    public void OnSplitBrain(RegionId region, long nanos, long since) => RecordIfMeasured(_failover[region.Index].SplitBrain, nanos, since);

    private void RecordIfMeasured(DistributionMetric metric, long value, long at)
    {
        if (_clock.Measured(at))
        {
            metric.Record(_clock.IndexOf(at), value);
        }
    }

    /// <summary>A client op ended: answered in time (<paramref name="success"/>) or timed out.</summary>
    /// <param name="read">For a successful read, whether its value was stale and since when.</param>
    public void OnOpFinished(RegionId clientRegion, OpKind kind, long issuedAt, long now, bool success, ReadOutcome read)
    {
        if (!_clock.Measured(issuedAt))
        {
            return;
        }
        var interval = _clock.IndexOf(issuedAt);
        _clients[clientRegion.Index].Record(interval, kind, success, now - issuedAt, read);
        _clients[_regions].Record(interval, kind, success, now - issuedAt, read);
    }

    /// <summary>The strategy promises linearizable reads: report violations per client region, zeros included.</summary>
    public void ReportLinearizability() => _reportLinearizability = true;

    /// <summary>A read issued at <paramref name="issuedAt"/> missed a write acknowledged before it.</summary>
    public void OnLinearizabilityViolation(RegionId clientRegion, long issuedAt)
    {
        if (_clock.Measured(issuedAt))
        {
            _linearizability.Add(clientRegion.Index, _clock.IndexOf(issuedAt));
        }
    }

    /// <summary>A read issued at <paramref name="issuedAt"/> broke its session's guarantee (by the truth).</summary>
    public void OnSessionViolation(RegionId clientRegion, long issuedAt)
    {
        if (_clock.Measured(issuedAt))
        {
            _clients[clientRegion.Index].RecordSessionViolation(_clock.IndexOf(issuedAt));
        }
    }

    /// <summary>A replica in <paramref name="dst"/> applied a write committed in <paramref name="src"/>.</summary>
    public void OnReplicated(RegionId src, RegionId dst, long commitTime, long now) => RecordPair(_lag, src, dst, commitTime, now);

    /// <summary>
    /// The run ended: every write committed (after the warmup) and not yet applied at a node counts
    /// in the lag at its age now, flagged as censored, so a replica that never catches up cannot
    /// drop out of the lag.
    /// </summary>
    public void OnRunEnd(CommitLedger ledger, long now)
    {
        _measuredEndNanos = Math.Min(_measuredEndNanos, now);
        for (var n = 0; n < _topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            var dst = _topology.RegionOf(node).Index;
            ledger.ForEachUnapplied(node, (origin, commitTime) =>
            {
                if (origin == node || !_clock.Measured(commitTime))
                {
                    return;
                }
                var pair = _topology.RegionOf(origin).Index * _regions + dst;
                var interval = _clock.IndexOf(commitTime);
                (_lag[pair] ??= new DistributionMetric(_clock.Count)).Record(interval, now - commitTime);
                _lagCensored[pair]++;
                (_lagCensoredPerInterval[pair] ??= new IntervalSeries(_clock.Count)).Add(interval, 1);
            });
        }
    }

    public void OnBytesSent(RegionId src, RegionId dst, int bytes, long now)
    {
        if (src == dst || !_clock.Measured(now))
        {
            return;
        }
        var pair = src.Index * _regions + dst.Index;
        _bytes[pair] += bytes;
        (_bytesPerInterval[pair] ??= new IntervalSeries(_clock.Count)).Add(_clock.IndexOf(now), bytes);
        _messages[pair]++;
        (_messagesPerInterval[pair] ??= new IntervalSeries(_clock.Count)).Add(_clock.IndexOf(now), 1);
    }

    /// <summary>A write crossed one hop, from a node of <paramref name="src"/> to one of <paramref name="dst"/>: sent to applied.</summary>
    public void OnHop(RegionId src, RegionId dst, long sentAt, long now) => RecordPair(_hops, src, dst, sentAt, now);

    /// <summary>Records the time from <paramref name="since"/> to <paramref name="now"/> for a region pair, in the interval of <paramref name="since"/>.</summary>
    private void RecordPair(DistributionMetric?[] perPair, RegionId src, RegionId dst, long since, long now)
    {
        if (!_clock.Measured(since))
        {
            return;
        }
        var pair = src.Index * _regions + dst.Index;
        (perPair[pair] ??= new DistributionMetric(_clock.Count)).Record(_clock.IndexOf(since), now - since);
    }

    /// <summary>Samples how far behind each region is: the worst of its nodes.</summary>
    public void SampleBehind(CommitLedger ledger, long now)
    {
        if (!_clock.Measured(now))
        {
            return;
        }
        var interval = _clock.IndexOf(now - 1);
        for (var r = 0; r < _regions; r++)
        {
            var region = new RegionId(r);
            if (!_holdsData[r])
            {
                continue;
            }
            var nodes = _topology.NodesIn(region);
            var worst = 0L;
            for (var i = 0; i < nodes; i++)
            {
                worst = Math.Max(worst, ledger.BehindNanos(_topology.NodeIn(region, i), now));
            }
            _behind[r].Record(interval, worst);
        }
    }

    /// <summary>
    /// Samples each region's clock offset: local minus true time of its node that is furthest off
    /// (largest |offset|, sign kept). A mean would let opposite skews in one region cancel out.
    /// </summary>
    internal void SampleClockOffsets(PhysicalClock[] clocks, long now)
    {
        if (!_clock.Measured(now))
        {
            return;
        }
        for (var r = 0; r < _regions; r++)
        {
            var region = new RegionId(r);
            if (!_holdsData[r])
            {
                continue;
            }
            var nodes = _topology.NodesIn(region);
            var worst = 0L;
            for (var i = 0; i < nodes; i++)
            {
                var offset = clocks[_topology.NodeIn(region, i).Index].OffsetNanos(now);
                worst = Math.Abs(offset) > Math.Abs(worst) ? offset : worst;
            }
            var offsetMs = worst / 1e6;
            _anyClockOffset |= offsetMs != 0;
            _clockOffsets[r].Add(new SeriesPoint(now / 1e9, offsetMs));
        }
    }

    /// <summary>The summary rows and series, in a fixed order: metric, then scope in region order, "all" last.</summary>
    /// <param name="convergenceNanos">From the last heal until every write committed before it was applied everywhere or abandoned; null if never.</param>
    public (IReadOnlyList<SummaryRow> Summary, IReadOnlyList<TimeSeries> Series, IReadOnlyList<Cdf> Distributions, IReadOnlyList<Histogram> Histograms) Build(long? convergenceNanos)
    {
        var rows = new RowBuilder(_clock);
        var scopes = _topology.RegionNames.Append(MetricNames.AllScope).ToArray();
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddMilliseconds(MetricNames.WriteLatency, scopes[s], _clients[s].WriteLatency);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddMilliseconds(MetricNames.ReadLatency, scopes[s], _clients[s].ReadLatency);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddQuantiles(MetricNames.WriteLatencyP50, MetricNames.WriteLatencyP99, scopes[s], _clients[s].WriteQuantiles);
            rows.AddQuantiles(MetricNames.ReadLatencyP50, MetricNames.ReadLatencyP99, scopes[s], _clients[s].ReadQuantiles);
        }
        ForEachPair((pair, name) =>
        {
            if (_lag[pair] is { } lag)
            {
                rows.AddMilliseconds(MetricNames.ReplicationLag, name, lag);
            }
        });
        ForEachPair((pair, name) =>
        {
            if (_lagCensoredPerInterval[pair] is { } perInterval)
            {
                rows.AddCount(MetricNames.ReplicationLagCensored, name, "writes", _lagCensored[pair], perInterval);
            }
        });
        ForEachPair((pair, name) =>
        {
            if (_hops[pair] is { } hop)
            {
                rows.AddMilliseconds(MetricNames.HopLag, name, hop);
            }
        });
        for (var r = 0; r < _regions; r++)
        {
            rows.AddMilliseconds(MetricNames.ReplicaBehind, scopes[r], _behind[r]);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddMilliseconds(MetricNames.ReadStaleness, scopes[s], _clients[s].Staleness);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddRatio(MetricNames.StaleReadRatio, scopes[s], _clients[s].StaleReads);
        }
        for (var k = 1; k <= ReadOutcome.DeepestVersionsBehind; k++)
        {
            for (var s = 0; s < scopes.Length; s++)
            {
                if (_clients[s].RecentVersions is { Reads: > 0 } recent)
                {
                    rows.AddValue(MetricNames.InLastVersions(k), scopes[s], "ratio", recent.Reads, recent.InLast(k));
                }
            }
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddRatio(MetricNames.Availability, scopes[s], _clients[s].Availability);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddRatio(MetricNames.WriteAvailability, scopes[s], _clients[s].WriteAvailability);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddRatio(MetricNames.ReadAvailability, scopes[s], _clients[s].ReadAvailability);
        }
        for (var s = 0; s < scopes.Length; s++)
        {
            rows.AddRates(MetricNames.WritesOkPerSecond, MetricNames.WritesTimedOutPerSecond, scopes[s], _clients[s].WriteAvailability);
            rows.AddRates(MetricNames.ReadsOkPerSecond, MetricNames.ReadsTimedOutPerSecond, scopes[s], _clients[s].ReadAvailability);
        }
        for (var r = 0; r < _regions; r++)
        {
            if (_clients[r].ReadAvailability.Attempts > 0)
            {
                rows.AddCount(MetricNames.SessionViolations, scopes[r], "reads", _clients[r].SessionViolationCount, _clients[r].SessionViolations);
            }
        }
        for (var r = 0; r < _regions; r++)
        {
            if (_reportLinearizability && _clients[r].ReadAvailability.Attempts > 0)
            {
                _linearizability.AddRow(rows, MetricNames.LinearizabilityViolations, "reads", scopes[r], r);
            }
        }
        AddFailoverRows(rows, scopes);
        ForEachPair((pair, name) =>
        {
            if (_bytesPerInterval[pair] is { } perInterval)
            {
                rows.AddCount(MetricNames.CrossRegionBytes, name, "bytes", _bytes[pair], perInterval);
            }
        });
        ForEachPair((pair, name) =>
        {
            if (_messagesPerInterval[pair] is { } perInterval)
            {
                rows.AddCount(MetricNames.CrossRegionMessages, name, "messages", _messages[pair], perInterval);
            }
        });
        if (_cost is not null)
        {
            EgressCost.AddRows(rows, _cost, _bytes, PairName, MeasuredSeconds);
        }
        Queries?.AddRows(rows, MeasuredSeconds);
        Tiers?.AddRows(rows);
        Residency?.AddRows(rows);
        Migrations?.AddRows(rows);
        if (Log.Used)
        {
            rows.AddTotal(MetricNames.LogConflicts, MetricNames.AllScope, "entries", Log.Conflicts);
        }
        rows.AddSamples(MetricNames.DivergentKeys, MetricNames.AllScope, "keys", _divergentKeys);
        if (convergenceNanos is { } nanos)
        {
            var seconds = nanos / 1e9;
            rows.Summary.Add(new SummaryRow(MetricNames.Convergence, MetricNames.AllScope, "s", 1, seconds, seconds, seconds, seconds, seconds, seconds)
            {
                Min = seconds,
                P1 = seconds,
                P10 = seconds,
            });
        }
        if (_anySiblings)
        {
            for (var r = 0; r < _regions; r++)
            {
                rows.AddSamples(MetricNames.SiblingKeys, scopes[r], "keys", _siblingKeys[r]);
            }
        }
        _conflicts.AddRows(rows, MetricNames.Conflicts, scopes);
        Counters.AddRows(rows, scopes);
        Durations.AddRows(rows, scopes);
        Visibility?.AddRows(rows);
        if (_anyClockOffset)
        {
            for (var r = 0; r < _regions; r++)
            {
                rows.AddSamples(MetricNames.ClockOffset, scopes[r], "ms", _clockOffsets[r]);
            }
        }
        return (rows.Summary, rows.Series, rows.Distributions, rows.Histograms);
    }

    private void AddFailoverRows(RowBuilder rows, string[] scopes)
    {
        // Conflict resolution loses writes without failing over: report losses whenever there are any.
        var reportLost = _reportFailover || _failover.Any(f => f.LostUpdates > 0);
        for (var r = 0; r < _regions; r++)
        {
            if (_reportFailover && _holdsData[r])
            {
                rows.AddCount(MetricNames.Failovers, scopes[r], "promotions", _failover[r].Failovers, _failover[r].FailoversPerInterval);
            }
            if (reportLost && _holdsData[r])
            {
                rows.AddCount(MetricNames.LostUpdates, scopes[r], "writes", _failover[r].LostUpdates, _failover[r].LostPerInterval);
            }
        }
        for (var r = 0; r < _regions; r++)
        {
            rows.AddSeconds(MetricNames.Rto, scopes[r], _failover[r].Rto);
        }
        for (var r = 0; r < _regions; r++)
        {
            if (_failover[r].RtoCensored > 0)
            {
                rows.AddCount(MetricNames.RtoCensored, scopes[r], "failovers", _failover[r].RtoCensored, _failover[r].RtoCensoredPerInterval);
            }
        }
        for (var r = 0; r < _regions; r++)
        {
            rows.AddSeconds(MetricNames.Rpo, scopes[r], _failover[r].Rpo);
        }
        for (var r = 0; r < _regions; r++)
        {
            rows.AddSeconds(MetricNames.SplitBrain, scopes[r], _failover[r].SplitBrain);
        }
    }

    private double MeasuredSeconds => (_measuredEndNanos - _clock.WarmupNanos) / 1e9;

    private string PairName(int pair) => _topology.PairName(new RegionId(pair / _regions), new RegionId(pair % _regions));

    private void ForEachPair(Action<int, string> action)
    {
        for (var src = 0; src < _regions; src++)
        {
            for (var dst = 0; dst < _regions; dst++)
            {
                action(src * _regions + dst, PairName(src * _regions + dst));
            }
        }
    }
}
