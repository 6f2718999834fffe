using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// One replica's part in electing a new primary, by messages only. A replica that has lost the
/// primary announces itself (the next epoch, its log position) to every node; replicas that have
/// lost it too join and announce themselves. After a window long enough for announcements to cross
/// the deployment, each votes for the best candidate it heard of by the promotion rule. The best
/// one promotes itself: at once without fencing, or once a majority of all nodes voted for it with
/// fencing (so a minority side of a partition never elects). With no winner it tries again with a
/// later epoch. All state here is volatile.
/// </summary>
internal sealed class Election(NodeContext context, FailoverSpec spec, int majority)
{
    private readonly SimDuration _window = Window(context);

    private Candidate? _best;
    private NodeId _oldPrimary;
    private int _votes;
    private bool _windowOver;

    /// <summary>The epoch being elected; 0 when none is under way.</summary>
    public int Epoch { get; private set; }

    /// <summary>Starts or joins the election of <paramref name="epoch"/>; <paramref name="self"/> is null when this node may not stand.</summary>
    public void Join(int epoch, Candidate? self, NodeId oldPrimary)
    {
        Epoch = epoch;
        _oldPrimary = oldPrimary;
        _best = self;
        _votes = 0;
        _windowOver = false;
        context.TraceElectionStart("election from epoch", epoch);
        if (self is { } me)
        {
            var announcement = new CandidateMessage(me, epoch).ToWire();
            for (var n = 0; n < context.Topology.NodeCount; n++)
            {
                if (n != context.Node.Index)
                {
                    context.SendDatagram(new NodeId(n), announcement);
                }
            }
        }
        context.SetTimer(_window, PrimaryReplicaNode.Tag(TimerKind.ElectionEnd, epoch));
    }

    /// <summary>Heard a candidate of the current election.</summary>
    public void OnCandidate(Candidate candidate)
    {
        if (_best is not { } best || Better(candidate, best))
        {
            _best = candidate;
        }
    }

    /// <summary>The window ended: vote for the best candidate; true when this node has won.</summary>
    public bool OnWindowEnd()
    {
        _windowOver = true;
        context.SetTimer(_window * 3, PrimaryReplicaNode.Tag(TimerKind.ElectionRetry, Epoch));
        if (_best is not { } best)
        {
            return false;
        }
        if (best.Node == context.Node)
        {
            _votes++;
        }
        else
        {
            context.SendDatagram(best.Node, new EpochMessage(Epoch).ToWire(EpochMessage.Vote));
        }
        return Won;
    }

    /// <summary>A vote for this node in the current election; true when it has now won.</summary>
    public bool OnVote()
    {
        _votes++;
        return Won;
    }

    /// <summary>The election is over (this node won, or learned of a primary of this epoch or a later one).</summary>
    public void Clear()
    {
        Epoch = 0;
        context.TraceElectionEnd("over");
    }

    private bool Won => _windowOver && _best is { } best && best.Node == context.Node && (!spec.FenceOldPrimary || _votes >= majority);

    private bool Better(Candidate a, Candidate b)
    {
        var log = a.CompareLog(b);
        var distance = Distance(a).CompareTo(Distance(b));
        var order = spec.Promote == PromotionRule.Nearest
            ? (distance != 0 ? -distance : log)
            : (log != 0 ? log : -distance);
        return order != 0 ? order > 0 : a.Node.Index < b.Node.Index;
    }

    /// <summary>Long enough for an announcement to reach the farthest node and its answer to come back.</summary>
    private static SimDuration Window(NodeContext context)
    {
        var topology = context.Topology;
        var farthest = 0.0;
        for (var a = 0; a < topology.NodeCount; a++)
        {
            for (var b = 0; b < topology.NodeCount; b++)
            {
                farthest = Math.Max(farthest, context.MeanLatencyNanos(topology.RegionOf(new NodeId(a)), topology.RegionOf(new NodeId(b))));
            }
        }
        return new SimDuration(Math.Max((long)(2 * farthest), SimDuration.NanosPerMillisecond));
    }

    private double Distance(Candidate candidate) =>
        context.MeanLatencyNanos(context.Topology.RegionOf(_oldPrimary), context.Topology.RegionOf(candidate.Node));
}
