using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// What a node does while it leads: appends and replicates client writes, commits at a majority,
/// acknowledges (after <c>commit-wait</c>), serves reads as <c>reads</c> says, and sends
/// heartbeats. A new leader serves nothing until its no-op is committed and, under lease reads,
/// the last lease its voters had seen has expired by its clock plus <c>max-clock-offset</c>;
/// requests that arrive meanwhile wait. A leader that has not heard a majority for the election
/// timeout steps down (it cannot commit anyway).
/// </summary>
internal sealed class LeaderRole(ConsensusNode node, NodeContext context, ConsensusSpec spec, bool[] voter)
{
    /// <summary>Entries per append: a replica that fell behind catches up in steps of this.</summary>
    private const int MaxBatch = 256;

    /// <summary>Requests a leader that cannot serve yet keeps; more are dropped (their clients time out).</summary>
    private const int MaxWaiting = 4096;

    private readonly ReplicaProgress _progress = new(voter, context.Node.Index);
    private readonly Dictionary<long, ClientRequest> _awaitingCommit = [];
    private readonly Queue<(ClientRequest Request, WriteRef Write, long Index)> _commitWait = new();
    private readonly Queue<long> _ownDurable = new();
    private readonly Queue<(long Stamp, long ReadIndex, ClientRequest Request)> _quorumReads = new();
    private readonly List<ClientRequest> _waiting = [];
    private readonly NodeId _preferred = context.Topology.NodeIn(spec.Leader, 0);
    private readonly int[] _offsetMicros = new int[voter.Length];
    private long _durableIndex;
    private long _lastStamp = long.MinValue;
    private long _ledSince;
    private long _noOp;
    private long _previousLease;
    private bool _leaseHeld;
    private bool _handedOver;

    public bool Active { get; private set; }

    /// <summary>Serving: its no-op is committed and any earlier lease has expired.</summary>
    public bool Ready { get; private set; }

    private long Now => context.LocalNowNanos;

    private bool LeaseValid => Now < _progress.MajorityEcho(Now) + spec.Lease.Nanos;

    /// <summary>The run starts with this node leading term 1, its lease granted by every voter at once.</summary>
    public void StartInitial()
    {
        Begin(echo: Stamp());
        Ready = _leaseHeld = true;
        context.Failover.SetAcceptingWrites(true);
    }

    /// <summary>This node won an election: <paramref name="previousLease"/> is the latest lease its voters had seen.</summary>
    public void Start(long previousLease, long lastLeaderContact)
    {
        Begin(echo: long.MinValue);
        _previousLease = previousLease;
        node.MeasureSeconds(MetricNames.Election, Now - lastLeaderContact);
        context.Report("elected", FormattableString.Invariant(
            $"{context.Name} elected leader of term {node.Term} at log index {node.Log.LastIndex}, {(Now - lastLeaderContact) / 1e9:0.###} s after it last heard a leader"));
        _noOp = node.Log.Append(LogEntry.NoOp(node.Term));
        Persist(_noOp);
        Broadcast();
    }

    private void Begin(long echo)
    {
        Active = true;
        Ready = false;
        _handedOver = false;
        _ledSince = Now;
        _durableIndex = node.Log.LastIndex;
        _progress.Reset(node.Log.LastIndex, Now, echo);
        Array.Clear(_offsetMicros);
        context.SetTimer(spec.Heartbeat, ConsensusNode.Tag(TimerKind.Heartbeat, node.Term));
    }

    /// <summary>Leadership ends: waiting clients time out; on a crash, acknowledgements held back by commit-wait are lost too.</summary>
    public void Stop(bool crashed)
    {
        if (crashed)
        {
            _commitWait.Clear();
        }
        if (!Active)
        {
            return;
        }
        if (!crashed && Ready && spec.Reads == ReadMode.Lease && !node.Clock.Off)
        {
            node.KeepLease(_progress.MajorityEcho(Now) + spec.Lease.Nanos);
        }
        Active = Ready = _leaseHeld = false;
        _awaitingCommit.Clear();
        _ownDurable.Clear();
        _quorumReads.Clear();
        _waiting.Clear();
        context.Failover.SetAcceptingWrites(false);
    }

    public void OnClientRequest(in ClientRequest request)
    {
        if (!Ready || (request.Kind == OpKind.Read && spec.Reads == ReadMode.Lease && !LeaseValid))
        {
            if (_waiting.Count < MaxWaiting)
            {
                _waiting.Add(request);
            }
            return;
        }
        if (request.Kind == OpKind.Write)
        {
            Append(request);
        }
        else if (spec.Reads == ReadMode.Quorum)
        {
            _quorumReads.Enqueue((Stamp(), node.CommitIndex, request));
            Broadcast();
            ServeQuorumReads();
        }
        else
        {
            context.ReplyRead(request, node.Applied);
        }
    }

    private void Append(in ClientRequest request)
    {
        var write = context.Commit(request.Key);
        var index = node.Log.Append(new LogEntry(node.Term, request.Key, write));
        _awaitingCommit[index] = request;
        Persist(index);
        Broadcast();
    }

    private void Persist(long index)
    {
        if (spec.AppendTime > SimDuration.Zero)
        {
            _ownDurable.Enqueue(index);
            context.SetTimer(spec.AppendTime, ConsensusNode.Tag(TimerKind.OwnDurable, 0));
        }
        else
        {
            _durableIndex = index;
            TryCommit();
        }
    }

    public void OnOwnDurable()
    {
        if (Active && _ownDurable.TryDequeue(out var index))
        {
            _durableIndex = Math.Max(_durableIndex, index);
            TryCommit();
        }
    }

    private void Broadcast()
    {
        for (var n = 0; n < voter.Length; n++)
        {
            if (n != context.Node.Index)
            {
                SendAppend(n);
            }
        }
    }

    private void SendAppend(int replica)
    {
        var log = node.Log;
        var from = _progress.Next(replica);
        var entries = log.Slice(from, MaxBatch);
        var append = new AppendMessage(node.Term, from - 1, log.TermAt(from - 1), node.CommitIndex, Stamp(), entries);
        context.SendDatagram(new NodeId(replica), append.ToWire(context.ValueSizeBytes));
        _progress.Sent(replica, from - 1 + entries.Length);
    }

    /// <summary>This node's clock, made strictly increasing: a stamp names one append.</summary>
    private long Stamp() => _lastStamp = Math.Max(_lastStamp + 1, Now);

    public void OnReply(int replica, in AppendReply reply)
    {
        if (!Active)
        {
            return;
        }
        _offsetMicros[replica] = reply.OffsetMicros;
        if (!reply.Success)
        {
            _progress.Rejected(replica, reply.Match, Now);
            SendAppend(replica);
            return;
        }
        _progress.Acknowledged(replica, reply.Match, reply.Echo, Now);
        TryCommit();
        ServeQuorumReads();
        if (Ready && _waiting.Count > 0 && LeaseValid)
        {
            ServeWaiting();
        }
        if (_progress.Next(replica) <= node.Log.LastIndex)
        {
            SendAppend(replica);
        }
    }

    private void TryCommit()
    {
        var majority = _progress.MajorityMatch(_durableIndex);
        if (majority <= node.CommitIndex || node.Log.TermAt(majority) != node.Term)
        {
            return;
        }
        var from = node.CommitIndex + 1;
        node.AdvanceCommit(majority);
        for (var index = from; index <= majority; index++)
        {
            if (_awaitingCommit.Remove(index, out var request))
            {
                Acknowledge(request, node.Log[index].Write, index);
            }
        }
        if (!Ready && majority >= _noOp)
        {
            TryReady();
        }
    }

    private void Acknowledge(in ClientRequest request, WriteRef write, long index)
    {
        if (spec.CommitWait > SimDuration.Zero)
        {
            _commitWait.Enqueue((request, write, index));
            context.SetTimer(spec.CommitWait, ConsensusNode.Tag(TimerKind.CommitWait, 0));
        }
        else
        {
            context.ReplyWrite(request, write, index);
        }
    }

    public void OnCommitWaitOver()
    {
        var (request, write, index) = _commitWait.Dequeue();
        context.ReplyWrite(request, write, index);
    }

    private void ServeQuorumReads()
    {
        if (_quorumReads.Count == 0)
        {
            return;
        }
        var confirmed = _progress.MajorityEcho(long.MaxValue);
        while (_quorumReads.TryPeek(out var read) && read.Stamp <= confirmed && node.Applied >= read.ReadIndex)
        {
            _quorumReads.Dequeue();
            context.ReplyRead(read.Request, node.Applied);
        }
    }

    private void TryReady()
    {
        var until = _previousLease + spec.MaxClockOffset.Nanos;
        if (spec.Reads == ReadMode.Lease && Now < until)
        {
            context.SetTimer(new SimDuration(until - Now), ConsensusNode.Tag(TimerKind.LeaseWait, node.Term));
            return;
        }
        Ready = true;
        context.Failover.Promote();
        context.Failover.SetAcceptingWrites(true);
        if (spec.Reads == ReadMode.Lease)
        {
            _leaseHeld = true;
            node.MeasureSeconds(MetricNames.LeaseUnavailable, Math.Max(0, Now - _previousLease));
            context.Report("lease", FormattableString.Invariant(
                $"{context.Name} holds the lease of term {node.Term}: the previous lease ran out {Math.Max(0, Now - _previousLease) / 1e9:0.###} s ago"));
        }
        ServeWaiting();
    }

    public void OnLeaseWaitOver(int term)
    {
        if (Active && !Ready && term == node.Term)
        {
            TryReady();
        }
    }

    private void ServeWaiting()
    {
        var waiting = _waiting.ToArray();
        _waiting.Clear();
        foreach (var request in waiting)
        {
            OnClientRequest(request);
        }
    }

    public void OnHeartbeat(int term)
    {
        if (!Active || term != node.Term)
        {
            return;
        }
        if (Now - Math.Max(_progress.MajorityEcho(Now), _ledSince) >= spec.ElectionTimeout.Nanos)
        {
            node.Follow(node.Term, -1, $"{context.Name} has not heard a majority for {spec.ElectionTimeout}; it steps down from term {node.Term}");
            return;
        }
        if (ClockOff())
        {
            node.Follow(node.Term, -1, $"{context.Name} steps down from term {node.Term}: its clock is off");
            return;
        }
        WatchLease();
        for (var n = 0; n < voter.Length; n++)
        {
            if (n != context.Node.Index && Now - _progress.HeardAt(n) > 2 * spec.Heartbeat.Nanos)
            {
                _progress.Rewind(n);
            }
        }
        Broadcast();
        HandOverIfPreferred();
        context.SetTimer(spec.Heartbeat, ConsensusNode.Tag(TimerKind.Heartbeat, term));
    }

    /// <summary>Most other voters find this leader's clock off by more than max-clock-offset.</summary>
    private bool ClockOff()
    {
        var others = 0;
        var off = 0;
        var worst = 0L;
        for (var n = 0; n < voter.Length; n++)
        {
            if (voter[n] && n != context.Node.Index)
            {
                others++;
                var offset = _offsetMicros[n] * 1000L;
                if (Math.Abs(offset) > spec.MaxClockOffset.Nanos)
                {
                    off++;
                    worst = offset;
                }
            }
        }
        return node.Clock.OnVoterReports(off, others, worst);
    }

    private void WatchLease()
    {
        if (spec.Reads != ReadMode.Lease || !Ready || _leaseHeld == LeaseValid)
        {
            return;
        }
        _leaseHeld = !_leaseHeld;
        context.Report(_leaseHeld ? "lease" : "lease-expired", _leaseHeld
            ? $"{context.Name} hears a majority again: it holds the lease of term {node.Term}"
            : $"{context.Name}: no majority answered for {spec.Lease}; its lease of term {node.Term} expired and it serves no reads");
    }

    /// <summary>Sticky preference: once the preferred node has everything, it is told to stand at once.</summary>
    private void HandOverIfPreferred()
    {
        var preferred = _preferred.Index;
        if (!spec.StickyLeader || !Ready || _handedOver || preferred == context.Node.Index
            || _progress.Match(preferred) != node.Log.LastIndex || Now - _progress.HeardAt(preferred) > 2 * spec.Heartbeat.Nanos)
        {
            return;
        }
        _handedOver = true;
        context.SendDatagram(_preferred, new TimeoutNowMessage(node.Term).ToWire());
    }
}
