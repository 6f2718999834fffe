using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Consensus;

/// <summary>
/// A replica's side of replication: it reconciles its log with the leader's appends, acknowledges
/// them as far as they are durable (<c>append-time</c> after they arrived), and applies what the leader says is committed,
/// at once or, under follower reads, when the notice is <c>closed-timestamp-lag</c> old. It
/// remembers the latest lease a leader could hold by the appends it answered.
/// </summary>
internal sealed class FollowerRole(ConsensusNode node, NodeContext context, ConsensusSpec spec)
{
    private readonly Queue<(int Term, NodeId Leader, long Match, int MatchTerm, long Echo)> _persisting = new();
    private readonly Queue<(long Stamp, long Commit)> _closings = new();
    private long _closedAt;
    private int _offsetMicros;

    /// <summary>The log is on disk up to here: no acknowledgement claims more.</summary>
    private long _durable;

    /// <summary>The latest lease expiry a leader could hold after an append this node answered (in that leader's clock).</summary>
    public long LeaseSeen { get; private set; }

    /// <summary>The run starts, or the node restarts: what it applied is as of now.</summary>
    public void Start()
    {
        _closedAt = context.LocalNowNanos;
        LeaseSeen = Math.Max(LeaseSeen, context.LocalNowNanos + spec.Lease.Nanos);
    }

    public void Clear()
    {
        _persisting.Clear();
        _closings.Clear();
    }

    public void OnAppend(NodeId leader, in AppendMessage append)
    {
        LeaseSeen = Math.Max(LeaseSeen, append.Stamp + spec.Lease.Nanos);
        _offsetMicros = node.Clock.OnLeaderStamp(leader, append.Stamp);
        var log = node.Log;
        if (!log.Matches(append.PrevIndex, append.PrevTerm))
        {
            // Committed entries match the leader's: resend from there, or from this log's end.
            var resendAfter = append.PrevIndex > log.LastIndex ? log.LastIndex : Math.Min(node.CommitIndex, append.PrevIndex - 1);
            context.SendDatagram(leader, new AppendReply(node.Term, false, resendAfter, append.Stamp, _offsetMicros).ToWire());
            return;
        }
        var changed = log.Merge(append.PrevIndex, append.Entries);
        var matched = append.PrevIndex + append.Entries.Length;
        _durable = Math.Min(_durable, changed - 1);
        var committed = Math.Min(append.Commit, matched);
        if (spec.Reads == ReadMode.Follower)
        {
            _closings.Enqueue((append.Stamp, committed));
            context.SetTimer(spec.ClosedTimestampLag, ConsensusNode.Tag(TimerKind.Close, 0));
        }
        else
        {
            node.AdvanceCommit(committed);
        }
        if (spec.AppendTime > SimDuration.Zero && append.Entries.Length > 0)
        {
            _persisting.Enqueue((node.Term, leader, matched, log.TermAt(matched), append.Stamp));
            context.SetTimer(spec.AppendTime, ConsensusNode.Tag(TimerKind.Durable, 0));
            return;
        }
        if (spec.AppendTime == SimDuration.Zero)
        {
            _durable = Math.Max(_durable, matched);
        }
        // A heartbeat is answered at once (leases and quorum reads count its stamp), for what is on disk.
        context.SendDatagram(leader, new AppendReply(node.Term, true, Math.Min(matched, _durable), append.Stamp, _offsetMicros).ToWire());
    }

    /// <summary>The oldest waiting append is on disk (unless its entries were replaced since): acknowledge it, if its leader still leads for this node.</summary>
    public void OnDurable()
    {
        var (term, leader, match, matchTerm, echo) = _persisting.Dequeue();
        if (match <= node.Log.LastIndex && node.Log.TermAt(match) == matchTerm)
        {
            _durable = Math.Max(_durable, match);
        }
        if (term == node.Term && leader.Index == node.Leader)
        {
            context.SendDatagram(leader, new AppendReply(term, true, Math.Min(match, _durable), echo, _offsetMicros).ToWire());
        }
    }

    /// <summary>The oldest commit notice is closed-timestamp-lag old: apply what it committed.</summary>
    public void OnClose()
    {
        var (stamp, commit) = _closings.Dequeue();
        node.AdvanceCommit(commit);
        _closedAt = Math.Max(_closedAt, stamp);
    }

    /// <summary>A follower read: served here at the closed timestamp, however old it is.</summary>
    public void ServeRead(in ClientRequest request)
    {
        node.MeasureMilliseconds(MetricNames.FollowerReadStaleness, Math.Max(0, context.LocalNowNanos - _closedAt));
        context.ReplyRead(request, node.Applied);
    }
}
