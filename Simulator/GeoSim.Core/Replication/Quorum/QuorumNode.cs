using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>
/// One node of a leaderless quorum: it coordinates the ops of the clients that reach it (sending
/// each to the key's replicas and answering once the consistency level is met) and serves as a
/// replica of its own keys (storing the newest version by timestamp, answering reads). All its
/// messages are datagrams: a replica cut off or down simply does not answer, and an op that cannot
/// gather enough answers times out. Hints, read repair and anti-entropy bring a missed replica back.
/// A key of a data class with <c>residency</c> has its replicas, stand-ins and coordinator inside
/// the class's regions (<see cref="ReplicaMap"/>), so every path that carries its value stays there.
/// </summary>
internal sealed class QuorumNode : ReplicationStrategy
{
    /// <summary>How often a node with hints tries the replicas they wait for.</summary>
    public static readonly SimDuration HintReplayEvery = SimDuration.FromSeconds(1);

    private readonly QuorumSpec _spec;
    private readonly ReplicaMap _map;
    private readonly TimerTable _timers = new();
    private readonly Dictionary<long, WriteOp> _writes = [];
    private readonly Dictionary<long, ReadOp> _reads = [];
    private readonly Dictionary<int, Version> _held = [];
    private readonly HashSet<NodeId> _suspected = [];
    private readonly HintStore? _hints;
    private readonly LatencyWindow? _latencies;
    private readonly HybridLogicalClock _hlc = new();
    private readonly VersionOrder _order;

    /// <summary>Under siblings: per key, the history this node has seen (stored, written, read), the context of its next write.</summary>
    private readonly Dictionary<int, VersionVector> _contexts = [];
    private int _keysWithSiblings;
    private long _lastOp;
    private long _lastWall = long.MinValue;
    private bool _hintTimerSet;

    public QuorumNode(NodeContext context, QuorumSpec spec) : base(context)
    {
        _spec = spec;
        _map = new ReplicaMap(spec.Placement, context.Topology, context.Residency);
        _order = VersionOrder.For(spec.Resolution);
        _hints = spec.HintWindow is { } window ? new HintStore(window.Nanos) : null;
        _latencies = spec.Speculative.Percentile > 0 ? new LatencyWindow(spec.Speculative.Percentile) : null;
    }

    public override void OnStart() => StartAntiEntropy();

    public override void OnRecover()
    {
        StartAntiEntropy();
        ArmHintTimer();
    }

    /// <summary>Ops in flight, timers and delayed messages are memory; the store and the hints (on disk) survive.</summary>
    public override void OnCrash()
    {
        _writes.Clear();
        _reads.Clear();
        _timers.Clear();
        _suspected.Clear();
        _hintTimerSet = false;
    }

    public override void OnClientRequest(in ClientRequest request)
    {
        if (!Context.Residency.MayHold(request.Key, Context.Node))
        {
            // A coordinator takes the value in: outside the key's residency the nearest node of its replicas' regions
            // coordinates, one this node has not seen fail to answer first.
            Context.Forward(_map.NearestCoordinator(request.Key, Context.Region, Context.MeanLatencyNanos, _suspected.Contains), request);
            return;
        }
        if (request.Kind == OpKind.Write)
        {
            StartWrite(request);
        }
        else
        {
            StartRead(request, null);
        }
    }

    public override void OnTimer(int tag)
    {
        if (Context.Measures.TakeProbe(tag) is { } probe)
        {
            StartRead(null, probe);
            return;
        }
        var timer = _timers.Take(tag);
        switch (timer.Kind)
        {
            case TimerKind.Send:
                Transmit(timer.Peer, timer.Message);
                break;
            case TimerKind.Serve:
                Handle(timer.Peer, timer.Message);
                break;
            case TimerKind.WriteTimeout:
                EndWrite(timer.Op);
                break;
            case TimerKind.ReadTimeout:
                EndRead(timer.Op);
                break;
            case TimerKind.Speculate:
                Speculate(timer.Op);
                break;
            case TimerKind.HintReplay:
                ReplayHints();
                break;
            case TimerKind.AntiEntropy:
                SyncWithPeer();
                SetTimer(_spec.AntiEntropyEvery!.Value, TimerKind.AntiEntropy);
                break;
        }
    }

    /// <summary>A message arrived: a replica serves writes and reads after its service time.</summary>
    public override void OnMessage(NodeId from, in Message message)
    {
        _suspected.Remove(from);
        var service = message.Kind switch
        {
            WriteMessage.Kind => _spec.Service?.Write,
            ReadMessage.Kind => _spec.Service?.Read,
            _ => null,
        };
        if (service is null)
        {
            Handle(from, message);
        }
        else
        {
            SetTimer(service.SampleDuration(Context.Random), TimerKind.Serve, 0, from, message);
        }
    }

    public override long Digest(int key) => _held.TryGetValue(key, out var version) ? version.Digest() : CommitLedger.Initial;

    private void Handle(NodeId from, in Message message)
    {
        if (WriteMessage.Of(message) is { } write)
        {
            OnWrite(from, write);
        }
        else if (AckMessage.Of(message) is { } ack)
        {
            OnAck(from, ack);
        }
        else if (ReadMessage.Of(message) is { } read)
        {
            Observe(Held(read.Key));
            Post(from, new ResponseMessage(read.Op, read.Key, Held(read.Key)).ToWire(Context.ValueSizeBytes), _spec.Wars?.Response);
        }
        else if (ResponseMessage.Of(message) is { } response)
        {
            OnResponse(from, response);
        }
        else if (SyncMessage.Of(message) is { } sync)
        {
            OnSync(from, sync);
        }
    }

    // ---- writes, as coordinator ----

    private void StartWrite(in ClientRequest request)
    {
        var replicas = _map.Of(request.Key);
        var write = Context.Commit(request.Key, CommitLedger.HolderSet(Context.Topology.NodeCount, replicas.Nodes));
        var (wall, tie) = NextTimestamp();
        var version = new Version(wall, tie, write.Id, write.CommitSeq);
        if (_spec.Resolution == Resolution.Siblings)
        {
            version = version with { Clock = SiblingOrder.WriteClock(_contexts.GetValueOrDefault(request.Key), Context.Node.Index, Context.Topology.NodeCount) };
            _contexts[request.Key] = version.Clock;
        }
        var op = new WriteOp(request, write, version, replicas);
        var id = ++_lastOp;
        _writes.Add(id, op);
        for (var i = 0; i < replicas.Count; i++)
        {
            var target = replicas.Nodes[i];
            NodeId? hintFor = null;
            if (_spec.Sloppy && _suspected.Contains(target) && _map.Fallback(request.Key, target, replicas, n => _suspected.Contains(n) || op.StandIns.Contains(n)) is { } standIn)
            {
                (op.StandIns[i], hintFor, target) = (standIn, target, standIn);
            }
            Post(target, new WriteMessage(id, request.Key, op.Version, hintFor).ToWire(Context.ValueSizeBytes), _spec.Wars?.Write);
        }
        SetTimer(_spec.RequestTimeout, TimerKind.WriteTimeout, id);
    }

    private void OnAck(NodeId from, AckMessage ack)
    {
        if (ack.Op < 0)
        {
            OnHintDelivered(from, -ack.Op);
            return;
        }
        if (!_writes.TryGetValue(ack.Op, out var op) || op.IndexOf(from) is not (>= 0 and var index))
        {
            return;
        }
        op.Acked[index] = true;
        if (op.Replied || !op.Replicas.Met(_spec.WriteLevel, Context.Region, op.Acked))
        {
            return;
        }
        op.Replied = true;
        Context.ReplyWrite(op.Request, op.Write, 0);
        if (Context.Measures.SampleWrite())
        {
            var (mark, markTie) = _order.Mark(op.Version, Context.Node.Index);
            Context.Measures.ScheduleProbes(op.Request.Key, mark, markTie);
        }
    }

    /// <summary>The request timeout: replicas that never acknowledged are suspected, and get a hint.</summary>
    private void EndWrite(long id)
    {
        if (!_writes.Remove(id, out var op))
        {
            return;
        }
        for (var i = 0; i < op.Replicas.Count; i++)
        {
            if (op.Acked[i])
            {
                continue;
            }
            var replica = op.Replicas.Nodes[i];
            _suspected.Add(op.StandIns[i] ?? replica);
            if (_hints is not null)
            {
                _hints.Add(replica, op.Request.Key, op.Version, Now);
                ArmHintTimer();
            }
        }
    }

    // ---- reads, as coordinator ----

    private void StartRead(ClientRequest? request, ProbeRead? probe)
    {
        var key = request?.Key ?? probe!.Value.Key;
        var replicas = _map.Of(key);
        var op = new ReadOp(request, probe, replicas, Now);
        var id = ++_lastOp;
        _reads.Add(id, op);
        if (_spec.ReadTargets == ReadTargets.All)
        {
            for (var i = 0; i < replicas.Count; i++)
            {
                Ask(id, op, i);
            }
        }
        else
        {
            op.Preference = Nearest(replicas);
            foreach (var i in replicas.Targets(_spec.ReadLevel, Context.Region, op.Preference))
            {
                Ask(id, op, i);
            }
            if (SpeculateAfter() is { } after)
            {
                SetTimer(after, TimerKind.Speculate, id);
            }
        }
        SetTimer(_spec.RequestTimeout, TimerKind.ReadTimeout, id);
    }

    private void Ask(long id, ReadOp op, int replica)
    {
        op.Asked[replica] = true;
        Post(op.Replicas.Nodes[replica], new ReadMessage(id, op.Key).ToWire(), _spec.Wars?.Read);
    }

    /// <summary>Replica indices by configured latency from here, ties in random order (no replica is always first).</summary>
    private int[] Nearest(ReplicaSet replicas)
    {
        var order = new (double Latency, ulong Tie, int Index)[replicas.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (Context.MeanLatencyNanos(Context.Region, replicas.Regions[i]), Context.Random.NextUInt64(), i);
        }
        Array.Sort(order);
        return [.. order.Select(o => o.Index)];
    }

    private SimDuration? SpeculateAfter() =>
        _spec.Speculative.After ?? (_latencies?.Threshold is { } nanos ? new SimDuration(nanos) : null);

    private void Speculate(long id)
    {
        if (_reads.TryGetValue(id, out var op) && !op.Done && op.Preference.FirstOrDefault(i => !op.Asked[i], -1) is >= 0 and var next)
        {
            Ask(id, op, next);
        }
    }

    private void OnResponse(NodeId from, ResponseMessage response)
    {
        if (!_reads.TryGetValue(response.Op, out var op) || op.Replicas.IndexOf(from) is not (>= 0 and var index) || op.Answered[index])
        {
            return;
        }
        Observe(response.Version);
        _latencies?.Add(Now - op.StartedAt);
        op.Answered[index] = true;
        op.Versions[index] = response.Version;
        if (op.Done)
        {
            // A late answer older than what the read returned is repaired too.
            if (op.Request is not null && _spec.ReadRepair && _order.Adds(op.Newest, response.Version))
            {
                Repair(op, index);
            }
            return;
        }
        op.Newest = _order.Merge(op.Newest, response.Version);
        if (op.Replicas.Met(_spec.ReadLevel, Context.Region, op.Answered))
        {
            Finish(op);
        }
    }

    private void Finish(ReadOp op)
    {
        op.Done = true;
        if (op.Probe is { } probe)
        {
            // A probe measures; it repairs nothing, so later probes of the same write see the replicas as they are.
            Context.Measures.RecordProbe(probe, _order.Includes(op.Newest, (probe.Version, probe.VersionTieBreak)));
            return;
        }
        Context.ReplyRead(op.Request!.Value, op.Newest.Ref, 0);
        Remember(op.Key, op.Newest);
        if (!_spec.ReadRepair)
        {
            return;
        }
        for (var i = 0; i < op.Replicas.Count; i++)
        {
            if (op.Versions[i] is { } seen && _order.Adds(op.Newest, seen))
            {
                Repair(op, i);
            }
        }
    }

    /// <summary>Read repair: the newest version the read saw goes to a replica that answered with an older one.</summary>
    private void Repair(ReadOp op, int replica) =>
        Post(op.Replicas.Nodes[replica], new WriteMessage(0, op.Key, op.Newest).ToWire(Context.ValueSizeBytes), _spec.Wars?.Write);

    private void EndRead(long id)
    {
        if (_reads.Remove(id, out var op) && !op.Done)
        {
            for (var i = 0; i < op.Replicas.Count; i++)
            {
                if (op.Asked[i] && !op.Answered[i])
                {
                    _suspected.Add(op.Replicas.Nodes[i]);
                }
            }
        }
    }

    // ---- as a replica ----

    private void OnWrite(NodeId from, WriteMessage write)
    {
        Observe(write.Version);
        if (write.HintFor is { } target)
        {
            // A stand-in of a sloppy quorum keeps the version for the replica, and answers for it.
            _hints?.Add(target, write.Key, write.Version, Now);
            ArmHintTimer();
        }
        else if (Store(write.Key, write.Version) && write.IsRepair)
        {
            Context.Measures.Count(Metrics.MetricNames.ReadRepairs, "replicas");
        }
        if (!write.IsRepair)
        {
            Post(from, new AckMessage(write.Op, write.Key).ToWire(), _spec.Wars?.Ack);
        }
    }

    /// <summary>
    /// Keeps the newer of the version held and <paramref name="incoming"/>; true when it replaced the
    /// one held. Under last-writer-wins the loser, if committed after the winner, is a lost update.
    /// </summary>
    private bool Store(int key, Version incoming)
    {
        if (_spec.Resolution == Resolution.Siblings)
        {
            return StoreSiblings(key, incoming);
        }
        var held = Held(key);
        if (incoming.NewerThan(held))
        {
            if (held.CommitSeq > incoming.CommitSeq)
            {
                Context.Conflicts.RecordLost(held.Ref);
            }
            Context.ApplyNewest(key, incoming.Write, incoming.Wall);
            _held[key] = incoming;
            return true;
        }
        if (held.NewerThan(incoming))
        {
            if (incoming.CommitSeq > held.CommitSeq)
            {
                Context.Conflicts.RecordLost(incoming.Ref);
            }
            Context.Deliver(incoming.Ref);
        }
        return false;
    }

    /// <summary>
    /// Under siblings: keeps what neither the version held nor <paramref name="incoming"/> has seen
    /// past; concurrent writes become siblings (a conflict), and no write is lost.
    /// </summary>
    private bool StoreSiblings(int key, Version incoming)
    {
        var held = Held(key);
        var merged = _order.Merge(held, incoming);
        if (ReferenceEquals(merged, held))
        {
            foreach (var write in incoming.Writes)
            {
                Context.Deliver(write.Ref);
            }
            return false;
        }
        if (held.Clock is { } heldClock && heldClock.Compare(incoming.Clock!) == Clocks.CausalOrder.Concurrent)
        {
            Context.Conflicts.Record();
        }
        foreach (var write in merged.Writes.Where(w => !held.Writes.Contains(w)))
        {
            if (merged.Siblings is null)
            {
                Context.ApplyNewest(key, write.Write, write.Wall);
            }
            else
            {
                Context.Apply(key, write.Write, write.Wall);
            }
        }
        foreach (var write in incoming.Writes.Where(w => !merged.Writes.Contains(w)))
        {
            Context.Deliver(write.Ref);
        }
        var change = (merged.Siblings is null ? 0 : 1) - (held.Siblings is null ? 0 : 1);
        if (change != 0)
        {
            _keysWithSiblings += change;
            Context.Conflicts.ReportSiblingKeys(_keysWithSiblings);
        }
        _held[key] = merged;
        Remember(key, merged);
        return true;
    }

    /// <summary>Under siblings, widens the context of this node's next write of the key by what it has just seen.</summary>
    private void Remember(int key, Version seen)
    {
        if (seen.Clock is { } clock)
        {
            _contexts[key] = _contexts.TryGetValue(key, out var known) ? known.Merge(clock) : clock;
        }
    }

    private Version Held(int key) => _held.GetValueOrDefault(key, Version.Initial);

    // ---- hinted handoff ----

    private void ArmHintTimer()
    {
        if (_hints is { Any: true } && !_hintTimerSet)
        {
            _hintTimerSet = true;
            SetTimer(HintReplayEvery, TimerKind.HintReplay);
        }
    }

    private void ReplayHints()
    {
        _hintTimerSet = false;
        foreach (var (target, hint) in _hints!.Oldest(Now))
        {
            SendHint(target, hint);
        }
        ArmHintTimer();
    }

    private void OnHintDelivered(NodeId target, long id)
    {
        if (_hints is null || !_hints.Delivered(target, id, out var rest))
        {
            return;
        }
        Context.Measures.Count(Metrics.MetricNames.HintsReplayed, "writes");
        foreach (var hint in rest)
        {
            SendHint(target, hint);
        }
    }

    private void SendHint(NodeId target, HintStore.Hint hint) =>
        Post(target, new WriteMessage(-hint.Id, hint.Key, hint.Version).ToWire(Context.ValueSizeBytes), null);

    // ---- anti-entropy ----

    private void StartAntiEntropy()
    {
        if (_spec.AntiEntropyEvery is { } every && _map.Nodes.Contains(Context.Node))
        {
            // A random phase, so replicas do not all exchange at the same instant.
            SetTimer(new SimDuration(1 + (long)(Context.Random.NextDouble() * every.Nanos)), TimerKind.AntiEntropy);
        }
    }

    private void SyncWithPeer()
    {
        var peers = _map.Nodes.Where(n => n != Context.Node).ToList();
        if (peers.Count == 0)
        {
            return;
        }
        var peer = peers[Context.Random.Next(peers.Count)];
        var shared = _held.Where(e => _map.Holds(e.Key, peer)).ToList();
        Context.SendDatagram(peer, new SyncMessage(false, shared).ToWire(Context.ValueSizeBytes));
    }

    private void OnSync(NodeId from, SyncMessage sync)
    {
        var theirs = new Dictionary<int, Version>();
        foreach (var (key, version) in sync.Versions)
        {
            theirs[key] = version;
            Observe(version);
            if (Store(key, version))
            {
                Context.Measures.Count(Metrics.MetricNames.AntiEntropyRepairs, "keys");
            }
        }
        if (sync.IsReply)
        {
            return;
        }
        var newer = _held.Where(e => _map.Holds(e.Key, from) && (!theirs.TryGetValue(e.Key, out var t) || _order.Adds(e.Value, t))).ToList();
        if (newer.Count > 0)
        {
            Context.SendDatagram(from, new SyncMessage(true, newer).ToWire(Context.ValueSizeBytes));
        }
    }

    // ---- timestamps, delays, timers ----

    /// <summary>This node's own clock: hints expire and answer times are measured by it, never by true time.</summary>
    private long Now => Context.LocalNowNanos;

    /// <summary>A new write's timestamp: the coordinator's clock (strictly increasing here), or its HLC.</summary>
    private (long Wall, long Tie) NextTimestamp()
    {
        var physical = Math.Max(0, Context.LocalNowNanos);
        if (_spec.Resolution == Resolution.HlcLww)
        {
            var hlc = _hlc.Now(physical);
            return (hlc.WallNanos, ((long)hlc.Logical << 32) | (uint)Context.Node.Index);
        }
        _lastWall = Math.Max(physical, _lastWall + 1);
        return (_lastWall, Context.Node.Index);
    }

    private void Observe(Version version)
    {
        if (_spec.Resolution == Resolution.HlcLww && version.Write != CommitLedger.Initial)
        {
            _hlc.Observe(new HlcTimestamp(version.Wall, (int)(version.Tie >> 32)), Math.Max(0, Context.LocalNowNanos));
        }
    }

    /// <summary>Sends after a draw of <paramref name="delay"/> (a WARS delay); to this node itself, through a timer, never at once.</summary>
    private void Post(NodeId to, in Message message, Distribution? delay)
    {
        var after = delay?.SampleDuration(Context.Random) ?? SimDuration.Zero;
        if (to == Context.Node || after > SimDuration.Zero)
        {
            SetTimer(after, TimerKind.Send, 0, to, message);
        }
        else
        {
            Context.SendDatagram(to, message);
        }
    }

    private void Transmit(NodeId to, in Message message)
    {
        if (to == Context.Node)
        {
            OnMessage(to, message);
        }
        else
        {
            Context.SendDatagram(to, message);
        }
    }

    private void SetTimer(SimDuration after, TimerKind kind, long op = 0, NodeId peer = default, Message message = default) =>
        Context.SetTimer(after, _timers.Add(kind, op, peer, message));
}
