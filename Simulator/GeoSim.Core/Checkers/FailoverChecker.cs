using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Checkers;

/// <summary>
/// Failover seen from the truth: which nodes would accept a write right now (primary, not fenced,
/// up), so when two or more do, a split brain and the writes each took; promotions, with what they
/// lost (from the ledger) and the recovery time: from the fault that cut the old primary off from
/// its successor to the first write the new primary acknowledged to a client (censored at the end
/// of the run when there is none).
/// </summary>
internal sealed class FailoverChecker(Topology.Topology topology, Network network, FaultInjector faults, MetricsRecorder metrics, IEventLog events)
{
    private readonly bool[] _accepting = new bool[topology.NodeCount];
    private readonly long[] _acceptingSince = new long[topology.NodeCount];
    private readonly long[] _splitWrites = new long[topology.NodeCount];
    private NodeId _primary = new(-1);
    private long _faultStart = long.MinValue;
    private bool _awaitingFirstWrite;
    private long _splitSince = -1;
    private NodeId _stale;

    /// <summary>A node says whether it would accept a write now.</summary>
    public void OnAccepting(NodeId node, bool accepting, long now)
    {
        if (_accepting[node.Index] != accepting)
        {
            _accepting[node.Index] = accepting;
            _acceptingSince[node.Index] = now;
        }
        if (accepting && _primary.Index < 0)
        {
            _primary = node;
        }
        Recheck(now);
    }

    /// <summary>A node crashed or recovered: a crashed node accepts nothing.</summary>
    public void Recheck(long now)
    {
        var count = 0;
        for (var n = 0; n < _accepting.Length; n++)
        {
            if (Accepting(n))
            {
                count++;
            }
        }
        if (count >= 2 && _splitSince < 0)
        {
            StartSplit(now);
        }
        else if (count < 2 && _splitSince >= 0)
        {
            EndSplit(now);
        }
    }

    /// <summary><paramref name="node"/> was promoted; <paramref name="lost"/> is what its promotion abandoned.</summary>
    public void OnPromoted(NodeId node, LostWrites lost, long now)
    {
        var oldPrimary = _primary.Index >= 0 ? _primary : node;
        var oldRegion = topology.RegionOf(oldPrimary);
        if (_awaitingFirstWrite)
        {
            // Promoted again before the previous successor acknowledged anything: that recovery never came.
            RecordNeverRecovered(now);
        }
        _primary = node;
        _faultStart = faults.CutOffSince(oldPrimary, node, now);
        _awaitingFirstWrite = _faultStart != long.MinValue;
        metrics.OnFailover(topology.RegionOf(node), now);
        metrics.OnLostUpdates(oldRegion, lost.Count, now);
        // RPO is the window of acknowledged data lost: from the oldest lost write to the moment the
        // primary was lost (the fault's start, or the promotion when no fault is known), or to the
        // newest lost write when the old primary kept accepting writes past it.
        var lostAt = Math.Max(_faultStart != long.MinValue ? _faultStart : now, lost.NewestCommitTime);
        metrics.OnRpo(oldRegion, lost.Count > 0 ? lostAt - lost.OldestCommitTime : 0, now);
    }

    /// <summary>
    /// A client received, in time, the acknowledgement of a write from <paramref name="node"/>: the
    /// first one from the new primary ends the recovery. A commit is not enough: a sync primary
    /// can commit and never be able to acknowledge.
    /// </summary>
    public void OnWriteAcknowledged(NodeId node, long now)
    {
        if (_awaitingFirstWrite && node == _primary)
        {
            _awaitingFirstWrite = false;
            metrics.OnRto(topology.RegionOf(node), now - _faultStart, now);
        }
    }

    /// <summary>A node committed a write.</summary>
    public void OnCommitted(NodeId node)
    {
        if (_splitSince >= 0)
        {
            _splitWrites[node.Index]++;
        }
    }

    /// <summary>The run ended: a split brain still going on ends here, a recovery still awaited is censored here.</summary>
    public void Finish(long now)
    {
        if (_splitSince >= 0)
        {
            EndSplit(now);
        }
        if (_awaitingFirstWrite)
        {
            _awaitingFirstWrite = false;
            RecordNeverRecovered(now);
        }
    }

    private void RecordNeverRecovered(long now)
    {
        var region = topology.RegionOf(_primary);
        metrics.OnRtoCensored(region, now - _faultStart, now);
        events.Add(now, "not-recovered", topology.RegionName(region), FormattableString.Invariant(
            $"{topology.NodeName(_primary)} acknowledged no write in the {(now - _faultStart) / 1e9:0.###} s since the fault at {_faultStart / 1e9:0.###} s"));
    }

    private bool Accepting(int node) => _accepting[node] && network.IsUp(new NodeId(node));

    private void StartSplit(long now)
    {
        _splitSince = now;
        Array.Clear(_splitWrites);
        // The split is charged to the node that was accepting first: the one that should have stopped.
        var stale = -1;
        for (var n = 0; n < _accepting.Length; n++)
        {
            if (Accepting(n) && (stale < 0 || _acceptingSince[n] < _acceptingSince[stale]))
            {
                stale = n;
            }
        }
        _stale = new NodeId(stale);
    }

    private void EndSplit(long now)
    {
        var writes = string.Join(", ", Enumerable.Range(0, _splitWrites.Length)
            .Where(n => _splitWrites[n] > 0)
            .Select(n => $"{topology.NodeName(new NodeId(n))} took {_splitWrites[n]}"));
        metrics.OnSplitBrain(topology.RegionOf(_stale), now - _splitSince, _splitSince);
        events.Add(_splitSince, "split-brain", topology.RegionName(topology.RegionOf(_stale)),
            FormattableString.Invariant($"two primaries took writes for {(now - _splitSince) / 1e9:0.###} s") + (writes.Length > 0 ? $": {writes}" : ""));
        _splitSince = -1;
    }
}
