using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// A voter's election timer and its campaigns. The timeout is drawn in [T, 2T] from the node's
/// own random stream, anew for each wait; hearing the leader (or granting a vote) restarts the
/// wait. A campaign asks every voter for a pre-vote first when <c>pre-vote</c> is set: a voter
/// grants it only to an up-to-date log, and only when it has not heard a leader for T itself, so
/// a node cut off and back cannot depose a live leader.
/// </summary>
internal sealed class Election(ConsensusNode node, NodeContext context, ConsensusSpec spec, bool[] voter)
{
    private readonly bool[] _granted = new bool[voter.Length];
    private int _generation;
    private long _waitFrom;
    private long _timeout;
    private bool _pre;
    private bool _campaigning;
    private long _leaseSeen;

    private int Majority => voter.Count(v => v) / 2 + 1;

    /// <summary>When this node last heard a leader (by its clock): the start of a leaderless stretch.</summary>
    public long LastLeaderContact { get; private set; }

    /// <summary>(Re)starts the wait for a leader from now, with a timeout drawn anew.</summary>
    public void Arm()
    {
        if (!node.IsVoter)
        {
            return;
        }
        _waitFrom = context.LocalNowNanos;
        _timeout = spec.ElectionTimeout.Nanos + (long)(spec.ElectionTimeout.Nanos * context.Random.NextDouble());
        Schedule(_timeout);
    }

    /// <summary>A leader was heard now (an append; or the run starts or the node restarts, when every node counts as heard).</summary>
    public void HeardLeader()
    {
        _waitFrom = LastLeaderContact = context.LocalNowNanos;
    }

    /// <summary>The campaign, if any, is over (this node follows a leader or a later term).</summary>
    public void Clear()
    {
        _campaigning = false;
        context.TraceElectionEnd("over");
    }

    public void OnTimer(int generation)
    {
        if (generation != _generation || node.IsLeader)
        {
            return;
        }
        var waited = context.LocalNowNanos - _waitFrom;
        if (waited < _timeout)
        {
            Schedule(_timeout - waited);
            return;
        }
        Arm();
        if (!node.Clock.Off)
        {
            Campaign(pre: spec.PreVote);
        }
    }

    /// <summary>The leader hands leadership over to this node: it stands at once, without a pre-vote.</summary>
    public void StandNow()
    {
        Arm();
        Campaign(pre: false);
    }

    private void Schedule(long after) => context.SetTimer(new SimDuration(Math.Max(after, 1)), ConsensusNode.Tag(TimerKind.Election, ++_generation));

    private void Campaign(bool pre)
    {
        _pre = pre;
        _campaigning = true;
        Array.Clear(_granted);
        _leaseSeen = long.MinValue;
        var term = node.Term + 1;
        context.TraceElectionStart("election from term", term);
        if (!pre)
        {
            node.StandFor(term);
        }
        _granted[context.Node.Index] = true;
        if (Count() >= Majority)
        {
            Won();
            return;
        }
        var request = new VoteMessage(term, node.Log.LastIndex, node.Log.LastTerm, pre).ToWire();
        for (var n = 0; n < voter.Length; n++)
        {
            if (voter[n] && n != context.Node.Index)
            {
                context.SendDatagram(new NodeId(n), request);
            }
        }
    }

    public void OnRequest(NodeId from, in VoteMessage request)
    {
        var upToDate = node.Log.IsBehindOrEqual(request.LastTerm, request.LastIndex);
        if (request.Pre)
        {
            var leaderHeard = node.IsLeader || (node.Leader >= 0 && context.LocalNowNanos - LastLeaderContact < spec.ElectionTimeout.Nanos);
            var grant = request.Term > node.Term && upToDate && !leaderHeard;
            context.SendDatagram(from, new VoteReply(request.Term, grant, true, 0).ToWire());
            return;
        }
        node.SawTerm(request.Term);
        var granted = request.Term == node.Term && upToDate && !node.IsLeader && node.Vote(from.Index);
        if (granted)
        {
            _waitFrom = context.LocalNowNanos;
        }
        context.SendDatagram(from, new VoteReply(node.Term, granted, false, node.LeaseSeen).ToWire());
    }

    public void OnReply(int from, in VoteReply reply)
    {
        if (!reply.Pre && !node.SawTerm(reply.Term))
        {
            return;
        }
        var expected = _pre ? node.Term + 1 : node.Term;
        if (!_campaigning || reply.Pre != _pre || reply.Term != expected || !reply.Granted || node.IsLeader)
        {
            return;
        }
        _granted[from] = true;
        _leaseSeen = Math.Max(_leaseSeen, reply.LeaseSeen);
        if (Count() < Majority)
        {
            return;
        }
        if (_pre)
        {
            Campaign(pre: false);
        }
        else
        {
            Won();
        }
    }

    private void Won()
    {
        _campaigning = false;
        context.TraceElectionEnd("won");
        node.Win(_leaseSeen);
    }

    private int Count() => _granted.Count(g => g);
}
