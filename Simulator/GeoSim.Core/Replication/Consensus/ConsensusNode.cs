using GeoSim.Core.Engine;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// Raft at one node. The leader appends each client write to its log, sends the entries to every
/// replica, commits an entry once a majority of voters holds it durably (entries of its own term;
/// earlier ones with them), applies in log order and acknowledges. A voter that hears no leader
/// for its election timeout asks for votes (after a pre-vote, if set); a vote goes only to a
/// candidate whose log is at least as up to date. A new leader commits a no-op of its term, and
/// under lease reads waits out the previous lease, before it serves (<see cref="LeaderRole"/>).
/// </summary>
/// <remarks>
/// Durable across a crash: the term, the vote, the log, the store and what it applied. Volatile:
/// the role, the leader it follows, everything a leader tracks, waiting clients, timers.
/// Every message is a datagram: what a partition or a crash loses, the leader resends.
/// </remarks>
internal sealed class ConsensusNode : ReplicationStrategy
{
    private readonly ConsensusSpec _spec;
    private readonly bool[] _voter;
    private readonly bool _isVoter;
    private readonly int _self;
    private readonly ReplicatedLog _log = new();
    private readonly LeaderRole _lead;
    private readonly FollowerRole _follow;
    private readonly Election _election;
    private readonly ClockCheck _clock;

    private int _term = 1;
    private int _votedFor = -1;
    private long _commit;
    private long _applied;
    private long _leaseUntil;

    public ConsensusNode(NodeContext context, ConsensusSpec spec) : base(context)
    {
        _spec = spec;
        var topology = context.Topology;
        _voter = [.. Enumerable.Range(0, topology.NodeCount).Select(n => spec.Voters.Contains(topology.RegionOf(new NodeId(n))))];
        _self = context.Node.Index;
        _isVoter = _voter[_self];
        _lead = new LeaderRole(this, context, spec, _voter);
        _follow = new FollowerRole(this, context, spec);
        _election = new Election(this, context, spec, _voter);
        _clock = new ClockCheck(context, spec);
    }

    internal ReplicatedLog Log => _log;
    internal int Term => _term;
    internal long CommitIndex => _commit;
    internal long Applied => _applied;
    internal bool IsLeader => _lead.Active;
    internal bool IsVoter => _isVoter;

    internal ClockCheck Clock => _clock;

    /// <summary>The latest lease expiry a leader could hold by the appends this node answered.</summary>
    internal long LeaseSeen => _follow.LeaseSeen;

    /// <summary>The node this one believes leads, or -1.</summary>
    internal int Leader { get; private set; } = -1;

    internal static int Tag(TimerKind kind, int generation) => (generation << 3) | (int)kind;

    public override void OnStart()
    {
        Leader = Context.Topology.NodeIn(_spec.Leader, 0).Index;
        _follow.Start();
        _election.HeardLeader();
        if (Leader == _self)
        {
            _lead.StartInitial();
        }
        else
        {
            _election.Arm();
        }
    }

    public override void OnCrash()
    {
        _lead.Stop(crashed: true);
        _follow.Clear();
        _election.Clear();
        Leader = -1;
        _leaseUntil = 0;
    }

    public override void OnRecover()
    {
        _follow.Restart();
        _election.HeardLeader();
        _election.Arm();
    }

    public override void OnClientRequest(in ClientRequest request)
    {
        if (IsLeader)
        {
            _lead.OnClientRequest(request);
        }
        else if (request.Kind == OpKind.Read && _spec.Reads == ReadMode.Lease && Context.LocalNowNanos < _leaseUntil)
        {
            // A lease outlives leadership: the new leader waits for it to run out before it serves.
            Context.ReplyRead(request, _applied);
        }
        else if (request.Kind == OpKind.Read && _spec.Reads == ReadMode.Follower)
        {
            if (!_clock.Off)
            {
                _follow.ServeRead(request);
            }
        }
        else if (Leader >= 0)
        {
            Context.Forward(new NodeId(Leader), request);
        }
        // No leader known (an election is on): the request is dropped and its client times out.
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        switch (message.Kind)
        {
            case AppendMessage.Kind:
                OnAppend(from, AppendMessage.Of(message));
                break;
            case AppendReply.Kind:
                var reply = AppendReply.Of(message);
                if (SawTerm(reply.Term))
                {
                    _lead.OnReply(from.Index, reply);
                }
                break;
            case VoteMessage.Kind:
                _election.OnRequest(from, VoteMessage.Of(message));
                break;
            case VoteReply.Kind:
                _election.OnReply(from.Index, VoteReply.Of(message));
                break;
            case TimeoutNowMessage.Kind:
                if (TimeoutNowMessage.Of(message).Term == _term && from.Index == Leader)
                {
                    _election.StandNow();
                }
                break;
            default:
                throw new InvalidOperationException($"consensus has no message kind {message.Kind}");
        }
    }

    public override void OnTimer(int tag)
    {
        var generation = tag >> 3;
        switch ((TimerKind)(tag & 7))
        {
            case TimerKind.Heartbeat:
                _lead.OnHeartbeat(generation);
                break;
            case TimerKind.Election:
                _election.OnTimer(generation);
                break;
            case TimerKind.Durable:
                _follow.OnDurable();
                break;
            case TimerKind.OwnDurable:
                _lead.OnOwnDurable();
                break;
            case TimerKind.CommitWait:
                _lead.OnCommitWaitOver();
                break;
            case TimerKind.Close:
                _follow.OnClose();
                break;
            case TimerKind.LeaseWait:
                _lead.OnLeaseWaitOver(generation);
                break;
            case TimerKind.LeaseEnd:
                if (!IsLeader && _leaseUntil > 0 && Context.LocalNowNanos >= _leaseUntil)
                {
                    _leaseUntil = 0;
                    Context.Report("lease-expired", $"{Context.Name}: the lease it kept from term {_term} expired; it serves no more reads");
                }
                break;
        }
    }

    private void OnAppend(NodeId from, in AppendMessage append)
    {
        if (append.Term < _term)
        {
            Context.SendDatagram(from, new AppendReply(_term, false, 0, append.Stamp).ToWire());
            return;
        }
        if (append.Term > _term || IsLeader || Leader != from.Index)
        {
            Follow(append.Term, from.Index);
        }
        _election.HeardLeader();
        _follow.OnAppend(from, append);
    }

    /// <summary>A message carried <paramref name="term"/>: a later one makes this node a follower of it. False when the message is of an older term.</summary>
    internal bool SawTerm(int term)
    {
        if (term > _term)
        {
            Follow(term, -1);
        }
        return term == _term;
    }

    /// <summary>
    /// Follows <paramref name="leader"/> (-1: not known yet) in <paramref name="term"/>, stepping
    /// down if this node led; <paramref name="why"/> says why it would, for the event row.
    /// </summary>
    internal void Follow(int term, int leader, string? why = null)
    {
        if (term > _term)
        {
            _term = term;
            _votedFor = -1;
        }
        var led = IsLeader;
        if (led)
        {
            _follow.ClosedAsOf(_lead.ConfirmedUntil);
        }
        _lead.Stop(crashed: false);
        _election.Clear();
        Leader = leader;
        if (led)
        {
            Context.Report("step-down", why ?? $"{Context.Name} learned of term {term}; it steps down");
            // It led until now: its wait for a leader starts here.
            _election.HeardLeader();
            _election.Arm();
        }
    }

    /// <summary>Starts a term of this node's own, voting for itself.</summary>
    internal void StandFor(int term)
    {
        _term = term;
        _votedFor = _self;
        Leader = -1;
    }

    /// <summary>Votes for <paramref name="candidate"/> in the current term unless it voted for another.</summary>
    internal bool Vote(int candidate)
    {
        if (_votedFor >= 0 && _votedFor != candidate)
        {
            return false;
        }
        _votedFor = candidate;
        return true;
    }

    /// <summary>This node stopped leading with a lease until <paramref name="until"/> (its clock): it serves lease reads until then.</summary>
    internal void KeepLease(long until)
    {
        _leaseUntil = until;
        if (until > Context.LocalNowNanos)
        {
            Context.SetTimer(new SimDuration(until - Context.LocalNowNanos), Tag(TimerKind.LeaseEnd, 0));
        }
    }

    /// <summary>This node won the election of its term.</summary>
    internal void Win(long leaseSeen)
    {
        Leader = _self;
        _leaseUntil = 0;
        _lead.Start(Math.Max(leaseSeen, _follow.LeaseSeen), _election.LastLeaderContact);
    }

    /// <summary>Entries up to <paramref name="index"/> are committed: apply them in order.</summary>
    internal void AdvanceCommit(long index)
    {
        if (index <= _commit)
        {
            return;
        }
        _commit = index;
        while (_applied < _commit)
        {
            _applied++;
            var entry = _log[_applied];
            Context.AuditLog(_applied, entry.Term, entry.IsNoOp ? -1 : entry.Write.CommitSeq);
            if (!entry.IsNoOp)
            {
                Context.Apply(entry.Key, entry.Write.Id, _applied);
            }
        }
    }

    internal void MeasureSeconds(string metric, long nanos) => Context.Measures.Time(metric, seconds: true, nanos);

    internal void MeasureMilliseconds(string metric, long nanos) => Context.Measures.Time(metric, seconds: false, nanos);
}
