using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Primary-replica: the primary orders every write in its log, acknowledges it as
/// <c>replication</c> says (<see cref="AckTracker"/>) and streams it to its followers; reads go
/// where <c>read-from</c> says (<see cref="ReadRouter"/>), held to the session token they carry.
/// With <c>failover</c>, replicas that miss the primary's heartbeats elect a new one
/// (<see cref="Election"/>) and the old one may be fenced (<see cref="MajorityLease"/>).
/// </summary>
/// <remarks>
/// Durable across a crash: the store, the log position and the epoch of its last entry, the epoch
/// and the primary this node follows, the followers of a primary. Volatile: waiting writes and
/// acks, timers, the lease, elections, what it heard of other nodes.
/// A node that follows a new primary asks it for its state and installs a snapshot of its store,
/// so writes the new primary never had are discarded, never merged.
/// </remarks>
internal sealed class PrimaryReplicaNode : ReplicationStrategy
{
    private readonly FailoverSpec? _failover;
    private readonly SimDuration _heartbeatEvery;
    private readonly bool _heartbeats;
    private readonly AckTracker _acks;
    private readonly LagView _lag;
    private readonly ReadRouter _reads;
    private readonly Election? _election;
    private readonly MajorityLease? _lease;
    private readonly FailureDetector? _detector;
    private readonly bool[] _followers;
    private readonly bool[] _witness;

    private int _epoch = 1;
    private NodeId _primary;
    private long _position;
    private int _lastEntryEpoch;
    private bool _awaitingSnapshot;
    private long _askedForStateAt;
    private bool _demoted;

    public PrimaryReplicaNode(NodeContext context, PrimaryReplicaSpec spec) : base(context)
    {
        _failover = spec.Failover;
        _heartbeatEvery = spec.HeartbeatEvery ?? FailoverSpec.DefaultHeartbeatEvery;
        _heartbeats = spec.HeartbeatEvery is not null;
        _primary = context.Topology.NodeIn(spec.Primary, 0);
        _witness = Enumerable.Range(0, context.Topology.NodeCount)
            .Select(n => context.Topology.RegionOf(new NodeId(n)) == _failover?.Witness).ToArray();
        _acks = new AckTracker(context, spec);
        _lag = new LagView(context, _heartbeatEvery);
        _reads = new ReadRouter(context, spec.ReadFrom, spec.MaxStaleness, _lag, node => _witness[node.Index]);
        var nodes = context.Topology.NodeCount;
        _followers = Enumerable.Range(0, nodes).Select(n => n != _primary.Index && !_witness[n]).ToArray();
        if (_failover is not null)
        {
            var majority = nodes / 2 + 1;
            _election = new Election(context, _failover, majority);
            _lease = _failover.FenceOldPrimary ? new MajorityLease(context, _failover.DetectAfter, majority) : null;
            _detector = new FailureDetector(context, _heartbeatEvery, _failover.DetectAfter);
        }
    }

    private bool IsPrimary => _primary == Context.Node;

    /// <summary>The primary has every write: a copy of a data class comes from it.</summary>
    public override bool GivesCopies => IsPrimary;

    /// <summary>A witness votes and answers lease checks, but holds no data and never stands.</summary>
    private bool IsWitness => _witness[Context.Node.Index];

    private bool AcceptsWrites => IsPrimary && _lease is not { Fenced: true };

    private bool Suspecting => _detector is { Suspecting: true };

    /// <summary>A timer tag: the kind in the low bits, a generation (an epoch) above.</summary>
    internal static int Tag(TimerKind kind, int generation) => (generation << 3) | (int)kind;

    public override void OnStart()
    {
        if (IsPrimary)
        {
            _lease?.Grant();
            Context.Failover.SetAcceptingWrites(true);
        }
        Restart();
    }

    public override void OnCrash()
    {
        _acks.Reset();
        _lag.Forget();
        _election?.Clear();
        _detector?.Stop();
    }

    public override void OnRecover()
    {
        if (IsPrimary)
        {
            _lease?.Revoke(_epoch);
        }
        Restart();
    }

    private void Restart()
    {
        if (_heartbeats)
        {
            Context.SetTimer(SimDuration.Zero, Tag(TimerKind.Tick, 0));
        }
        HeardPrimary();
    }

    public override void OnClientRequest(in ClientRequest request)
    {
        if (request.Kind == OpKind.Write)
        {
            if (!IsPrimary)
            {
                Context.Forward(_primary, request);
            }
            else if (AcceptsWrites)
            {
                Commit(request);
            }
            // A fenced primary drops the write; its client times out.
            return;
        }
        if (request.Hops == 0)
        {
            var server = _reads.Route(request, _primary);
            if (!Context.Residency.Serves(request.Key, server))
            {
                // A replica outside the key's residency never holds it: the nearest node inside answers.
                server = Context.NearestHolderOf(request.Key);
            }
            if (server != Context.Node)
            {
                Context.Forward(server, request);
                return;
            }
        }
        else if (!IsPrimary && !_reads.ForwardsToReplicas)
        {
            Context.Forward(_primary, request);
            return;
        }
        ServeRead(request);
    }

    /// <summary>Serves a read once this node has applied the session's token; else the primary must.</summary>
    private void ServeRead(in ClientRequest request)
    {
        if (IsPrimary || (_position >= request.Token && Context.Residency.Serves(request.Key, Context.Node)))
        {
            Context.ReplyRead(request, _position);
        }
        else
        {
            Context.Forward(_primary, request);
        }
    }

    private void Commit(in ClientRequest request)
    {
        var position = ++_position;
        _lastEntryEpoch = _epoch;
        var stamp = Context.LocalNowNanos;
        var write = Context.CommitWriteInResidency(request.Key, position);
        _acks.OnCommitted(request, write, position);
        var entry = new ReplicateMessage(request.Key, write.Id, position, stamp, _epoch);
        var message = entry.ToWire(Context.ValueSizeBytes);
        for (var n = 0; n < _followers.Length; n++)
        {
            if (_followers[n])
            {
                // Outside the key's residency the log position moves on without the value.
                Context.Send(new NodeId(n), Context.Residency.MayHold(request.Key, new NodeId(n)) ? message : entry.WithoutValue());
            }
        }
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        switch (message.Kind)
        {
            case ReplicateMessage.Kind:
                OnReplicate(from, ReplicateMessage.Of(message));
                break;
            case AckMessage.Kind:
                OnAck(from, AckMessage.Of(message));
                break;
            case StatusMessage.Kind:
                OnStatus(from, StatusMessage.Of(message));
                break;
            case CandidateMessage.Kind:
                OnCandidate(CandidateMessage.Of(message));
                break;
            case EpochMessage.Vote:
                OnVote(EpochMessage.Of(message));
                break;
            case EpochMessage.Follow:
                if (IsPrimary && EpochMessage.Of(message).Epoch == _epoch)
                {
                    SendSnapshot(from);
                }
                break;
            case SnapshotMessage.Kind:
                OnSnapshot(from, SnapshotMessage.Of(message));
                break;
            default:
                throw new InvalidOperationException($"primary-replica has no message kind {message.Kind}");
        }
    }

    private void OnReplicate(NodeId from, in ReplicateMessage entry)
    {
        // Entries of an older epoch, or sent before this node asked the new primary for its state, are not part of its log.
        if (from != _primary || entry.Epoch != _epoch || _awaitingSnapshot || entry.Position <= _position)
        {
            return;
        }
        if (entry.Position != _position + 1)
        {
            // The primary crashed with entries on the wire to this node: reconnect and resynchronise.
            AskForState();
            return;
        }
        // A value sent before its class left this node's region is not kept.
        if (entry.Write != CommitLedger.Initial && Context.Residency.MayHold(entry.Key, Context.Node))
        {
            Context.Apply(entry.Key, entry.Write, entry.Position);
        }
        _position = entry.Position;
        _lastEntryEpoch = entry.Epoch;
        _lag.OnApplied(entry.CommittedAt, _position);
        AckIfWanted();
    }

    private void OnAck(NodeId from, in AckMessage ack)
    {
        if (IsPrimary && ack.Epoch == _epoch)
        {
            _acks.OnAck(from, ack.Applied);
        }
    }

    private void AckIfWanted()
    {
        if (_acks.WantsAcks)
        {
            Context.Send(_primary, new AckMessage(_position, _epoch).ToWire());
        }
    }

    public override void OnTimer(int tag)
    {
        var generation = tag >> 3;
        switch ((TimerKind)(tag & 7))
        {
            case TimerKind.Tick:
                SendStatus();
                Context.SetTimer(_heartbeatEvery, tag);
                break;
            case TimerKind.Detect when IsPrimary:
                _detector!.Stop();
                break;
            case TimerKind.Detect:
                if (_detector!.OnTimer() && _failover!.Promote != PromotionRule.None && _election!.Epoch <= _epoch)
                {
                    StandFor(_epoch + 1);
                }
                break;
            case TimerKind.SemiSyncTimeout:
                if (IsPrimary)
                {
                    _acks.OnTimeout(_position);
                }
                break;
            case TimerKind.Lease:
                if (IsPrimary)
                {
                    _lease?.Recheck(_epoch);
                }
                break;
            case TimerKind.ElectionEnd:
                if (_election is { } election && Suspecting && generation == election.Epoch && generation > _epoch && election.OnWindowEnd())
                {
                    Promote();
                }
                break;
            case TimerKind.ElectionRetry:
                if (_election is { } stalled && generation == stalled.Epoch && generation > _epoch && Suspecting)
                {
                    StandFor(generation + 1);
                }
                break;
        }
    }

    private void SendStatus()
    {
        if (IsPrimary)
        {
            _lag.OnPrimary();
        }
        var lagMicros = (int)Math.Min(int.MaxValue, _lag.OwnLagNanos / SimDuration.NanosPerMicrosecond);
        var status = new StatusMessage(_primary, _position, _lag.CompleteAsOf, lagMicros, _epoch).ToWire();
        for (var n = 0; n < _followers.Length; n++)
        {
            if (n != Context.Node.Index)
            {
                Context.SendDatagram(new NodeId(n), status);
            }
        }
    }

    private void OnStatus(NodeId from, in StatusMessage status)
    {
        _lag.OnPeerStatus(from, status.LagMicros * SimDuration.NanosPerMicrosecond);
        var follows = status.Follows;
        if (status.Epoch > _epoch && follows != Context.Node)
        {
            FollowNewPrimary(status.Epoch, follows);
        }
        if (status.Epoch != _epoch)
        {
            return;
        }
        if (from == _primary && !IsPrimary)
        {
            HeardPrimary();
            if (!_awaitingSnapshot)
            {
                _lag.OnHeartbeat(status.Applied, status.CompleteAsOf, _position);
            }
            else if (Context.LocalNowNanos - _askedForStateAt > 5 * _heartbeatEvery.Nanos)
            {
                // The state it asked for was lost (the primary crashed while sending it): ask again.
                AskForState();
            }
        }
        else if (IsPrimary && follows == Context.Node)
        {
            _lease?.OnHeard(from, _epoch);
        }
    }

    /// <summary>A heartbeat from the primary arrived (or a new primary was learned): it is alive.</summary>
    private void HeardPrimary()
    {
        if (!IsPrimary)
        {
            _detector?.Heard();
        }
    }

    private void StandFor(int epoch) => _election!.Join(epoch, SelfAsCandidate(), _primary);

    private Candidate? SelfAsCandidate()
    {
        var eligible = !_awaitingSnapshot && !IsWitness
            && (_failover!.PromoteWithin == PromoteWithin.Any || Context.Region == Context.Topology.RegionOf(_primary));
        return eligible ? new Candidate(Context.Node, _lastEntryEpoch, _position) : null;
    }

    private void OnCandidate(in CandidateMessage announcement)
    {
        // A replica that still hears the primary takes no part: one slow link must not depose a live primary.
        if (_election is not { } election || !Suspecting || announcement.Epoch <= _epoch || announcement.Epoch < election.Epoch)
        {
            return;
        }
        if (announcement.Epoch > election.Epoch)
        {
            election.Join(announcement.Epoch, SelfAsCandidate(), _primary);
        }
        election.OnCandidate(announcement.Candidate);
    }

    private void OnVote(in EpochMessage vote)
    {
        if (_election is { } election && Suspecting && vote.Epoch == election.Epoch && vote.Epoch > _epoch && election.OnVote())
        {
            Promote();
        }
    }

    private void Promote()
    {
        var old = _primary;
        _epoch = _election!.Epoch;
        _election.Clear();
        _primary = Context.Node;
        _detector!.Stop();
        Array.Clear(_followers);
        _acks.Reset();
        _lease?.Grant();
        Context.Failover.Promote();
        Context.Failover.SetAcceptingWrites(true);
        Context.Report("promotion", $"{Context.Name} promoted to primary of epoch {_epoch} at log position {_position} (was {Name(old)})");
        SendStatus();
    }

    /// <summary>Learned of a primary of a later epoch: follow it, and ask it for its state.</summary>
    private void FollowNewPrimary(int epoch, NodeId primary)
    {
        if (IsPrimary)
        {
            _demoted = true;
            _acks.Reset();
            Array.Clear(_followers);
            Context.Failover.SetAcceptingWrites(false);
            Context.Report("demotion", $"{Context.Name} (primary of epoch {_epoch}) learned that {Name(primary)} is primary of epoch {epoch}; it steps down");
        }
        _epoch = epoch;
        _primary = primary;
        _election?.Clear();
        if (!IsWitness)
        {
            AskForState();
        }
        HeardPrimary();
    }

    private void AskForState()
    {
        _awaitingSnapshot = true;
        _askedForStateAt = Context.LocalNowNanos;
        Context.Send(_primary, new EpochMessage(_epoch).ToWire(EpochMessage.Follow));
    }

    private void SendSnapshot(NodeId follower)
    {
        _lag.OnPrimary();
        var snapshot = Context.CaptureSnapshotFor(follower);
        Context.Send(follower, new SnapshotMessage(snapshot, _position, _lastEntryEpoch, _lag.CompleteAsOf, _epoch).ToWire(Context.SnapshotBytes));
        _followers[follower.Index] = true;
    }

    private void OnSnapshot(NodeId from, in SnapshotMessage snapshot)
    {
        if (from != _primary || snapshot.Epoch != _epoch || !_awaitingSnapshot)
        {
            Context.DiscardSnapshot(snapshot.Handle);
            return;
        }
        Context.InstallSnapshot(snapshot.Handle);
        _awaitingSnapshot = false;
        _position = snapshot.Position;
        _lastEntryEpoch = snapshot.LastEntryEpoch;
        _lag.OnApplied(snapshot.CompleteAsOf, _position);
        if (_demoted)
        {
            _demoted = false;
            Context.Report("rejoin", $"{Context.Name} rejoined as a replica of {Name(from)} at epoch {_epoch} from its snapshot (log position {_position})");
        }
        HeardPrimary();
        AckIfWanted();
    }

    private string Name(NodeId node) => Context.Topology.NodeName(node);
}
