using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// At the primary: when to acknowledge a write. Async acknowledges at once; semi-sync once
/// <c>acks</c> replicas have applied it, or, after <c>semi-sync-timeout</c>, falls back to async
/// (acknowledging every waiting write) until enough replicas have caught up with the position the
/// log head had when it fell back, as MySQL does (waiting for the moving head instead would, under
/// load, wait for a gap between commits longer than a round trip: practically never); sync once every required replica has applied it, with no timeout.
/// Everything here is volatile: a crash drops the waiting writes, whose clients time out.
/// </summary>
internal sealed class AckTracker
{
    private readonly NodeContext _context;
    private readonly ReplicationMode _mode;
    private readonly int _acksNeeded;
    private readonly SimDuration _timeout;
    private readonly bool[] _required;
    private readonly long[] _acked;
    private readonly Queue<Waiting> _waiting = new();
    private bool _fellBack;
    private long _restoreAt;
    private bool _timerSet;

    public AckTracker(NodeContext context, PrimaryReplicaSpec spec)
    {
        _context = context;
        _mode = spec.Replication;
        _acksNeeded = spec.Acks;
        _timeout = spec.SemiSyncTimeout;
        var topology = context.Topology;
        _required = Enumerable.Range(0, topology.NodeCount)
            .Select(n => topology.RegionOf(new NodeId(n)))
            .Select(region => region != spec.Failover?.Witness && (spec.SyncRegions.Count == 0 || spec.SyncRegions.Contains(region)))
            .ToArray();
        _acked = new long[topology.NodeCount];
    }

    /// <summary>Replicas send acks only when someone waits for them.</summary>
    public bool WantsAcks => _mode != ReplicationMode.Async;

    /// <summary>The write at <paramref name="position"/> was committed here: acknowledge it now or wait.</summary>
    public void OnCommitted(in ClientRequest request, WriteRef write, long position)
    {
        if (_mode == ReplicationMode.Async || _fellBack)
        {
            _context.ReplyWrite(request, write, position);
            return;
        }
        _waiting.Enqueue(new Waiting(request, write, position, _context.LocalNowNanos));
        if (_mode == ReplicationMode.SemiSync && !_timerSet)
        {
            SetTimer(_timeout.Nanos);
        }
    }

    /// <summary>A replica reports it has applied the log up to <paramref name="position"/>.</summary>
    public void OnAck(NodeId replica, long position)
    {
        _acked[replica.Index] = Math.Max(_acked[replica.Index], position);
        while (_waiting.TryPeek(out var oldest) && Satisfied(oldest.Position))
        {
            _waiting.Dequeue();
            _context.ReplyWrite(oldest.Request, oldest.Write, oldest.Position);
        }
        if (_fellBack && Satisfied(_restoreAt))
        {
            _fellBack = false;
            _context.Report("semi-sync-restored", $"{_context.Name}: {_acksNeeded} replica(s) caught up with position {_restoreAt}; writes wait for acks again");
        }
    }

    /// <summary>
    /// The semi-sync timer fired: fall back if the oldest waiting write has waited the timeout, else
    /// wait on. <paramref name="head"/> is the log head here: semi-sync resumes once replicas reach it.
    /// </summary>
    public void OnTimeout(long head)
    {
        _timerSet = false;
        if (!_waiting.TryPeek(out var oldest))
        {
            return;
        }
        var waited = _context.LocalNowNanos - oldest.CommittedAtLocal;
        if (waited >= 0 && waited < _timeout.Nanos)
        {
            // Armed for an older write already acknowledged: wait for this one's own deadline.
            SetTimer(_timeout.Nanos - waited);
            return;
        }
        var count = _waiting.Count;
        while (_waiting.TryDequeue(out var write))
        {
            _context.ReplyWrite(write.Request, write.Write, write.Position);
        }
        _fellBack = true;
        _restoreAt = head;
        _context.Report("semi-sync-fallback",
            $"{_context.Name}: no {_acksNeeded} replica ack(s) within {_timeout}; {count} waiting write(s) acknowledged, async until a replica catches up");
    }

    /// <summary>Forgets waiting writes and acks (a crash, a demotion, a promotion): their clients time out.</summary>
    public void Reset()
    {
        _waiting.Clear();
        Array.Clear(_acked);
        _fellBack = false;
        _timerSet = false;
    }

    private bool Satisfied(long position)
    {
        var self = _context.Node.Index;
        if (_mode == ReplicationMode.Sync)
        {
            for (var n = 0; n < _acked.Length; n++)
            {
                if (n != self && _required[n] && _acked[n] < position)
                {
                    return false;
                }
            }
            return true;
        }
        var acks = 0;
        for (var n = 0; n < _acked.Length; n++)
        {
            if (n != self && _acked[n] >= position)
            {
                acks++;
            }
        }
        return acks >= _acksNeeded;
    }

    private void SetTimer(long afterNanos)
    {
        _timerSet = true;
        _context.SetTimer(new SimDuration(Math.Max(afterNanos, 1)), PrimaryReplicaNode.Tag(TimerKind.SemiSyncTimeout, 0));
    }

    private readonly record struct Waiting(ClientRequest Request, WriteRef Write, long Position, long CommittedAtLocal);
}
