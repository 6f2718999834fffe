using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Engine;
using GeoSim.Core.Faults;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Spec;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core;

/// <summary>
/// One run of one strategy on a scenario: builds the world, schedules the workload, runs the event
/// loop and returns the <see cref="RunResult"/>. It owns all mutable state of the run.
/// </summary>
public sealed class Simulation : IEventHandler
{
    private readonly ScenarioSpec _scenario;
    private readonly StrategySpec _strategy;
    private readonly Scheduler _scheduler = new();
    private readonly MetricsRecorder _metrics;

    internal MetricsRecorder Metrics => _metrics;
    private readonly RandomStream _workloadRng;
    private readonly KeySampler _keys;
    private readonly ClientGroup[] _clients;
    private readonly VersionedStore[] _stores;
    private readonly ReplicationStrategy[] _nodes;
    private readonly SlotPool<PendingOp> _ops = new();
    private readonly SlotPool<InFlight> _wire = new();
    private readonly long _sampleEveryNanos;
    private readonly long _reconnectNanos;
    private readonly HeldStreams _held;
    private readonly FaultInjector _faults;
    private readonly List<RunEvent> _events = [];
    private readonly SessionTokens _tokens;
    private readonly SessionChecker _sessions;
    private readonly NodeLifecycle _lifecycle;
    private readonly FailoverChecker _failover;
    private readonly bool _canFailOver;
    private long _sendSeq;
    private readonly Func<int, int, long> _digest;

    /// <summary>A request forwarded more often than this is dropped: views of the primary that disagree must not loop forever.</summary>
    private const int MaxHops = 8;

    public Simulation(ScenarioSpec scenario, StrategySpec strategy)
    {
        _scenario = scenario;
        _strategy = strategy;
        var streams = new RandomStreams(scenario.Seed);
        Topology = new Topology.Topology(scenario.Regions);
        _sampleEveryNanos = scenario.Metrics.Interval.Nanos;
        _metrics = new MetricsRecorder(Topology, _sampleEveryNanos, scenario.Duration.Nanos, scenario.Warmup.Nanos);
        Network = new Network(Topology, scenario.Network, streams.Get("network"), _metrics);
        Ledger = new CommitLedger(scenario.Workload.Keys, Topology.NodeCount, WitnessNodes(strategy));
        ValueSizeBytes = scenario.Workload.ValueSizeBytes;
        _workloadRng = streams.Get("workload");
        _keys = new KeySampler(scenario.Workload.Keys, scenario.Workload.KeyDistribution);
        _clients = scenario.Workload.Clients
            .Select(c => new ClientGroup(c, Topology.Region(c.Region), EntryRegion(Topology.Region(c.Region)), c.Timeout.Nanos))
            .ToArray();
        _tokens = new SessionTokens(_clients);
        _sessions = new SessionChecker(_clients);
        _reconnectNanos = scenario.Network.ReconnectAfter.Nanos;
        _held = new HeldStreams(Topology.NodeCount);
        Clocks = Enumerable.Range(0, Topology.NodeCount).Select(n => CreateClock(scenario, new NodeId(n), streams)).ToArray();
        _faults = new FaultInjector(scenario, Topology, Network, Clocks, streams, _events);
        _events.AddRange(scenario.Narrative.Select(n => new RunEvent(n.At.TotalSeconds, "narrative", "", n.Text)));
        _failover = new FailoverChecker(Topology, Network, _faults, _metrics, _events);
        Writes = new WriteTracker(Ledger, Topology, _metrics, _failover, () => Now, Report);
        _stores = new VersionedStore[Topology.NodeCount];
        _nodes = new ReplicationStrategy[Topology.NodeCount];
        for (var n = 0; n < Topology.NodeCount; n++)
        {
            _stores[n] = new VersionedStore(scenario.Workload.Keys, CommitLedger.Initial);
            _nodes[n] = StrategyCatalog.Create(strategy, new NodeContext(this, new NodeId(n), _stores[n]));
        }
        _digest = (node, key) => _nodes[node].Digest(key);
        _lifecycle = new NodeLifecycle(Network, _nodes);
        _canFailOver = strategy.Capabilities.HasFlag(StrategyCapabilities.FailsOver);
        if (_canFailOver)
        {
            _metrics.ReportFailover();
        }
    }

    internal Topology.Topology Topology { get; }
    internal Network Network { get; }
    internal CommitLedger Ledger { get; }

    /// <summary>Where strategies' writes meet the truth: commits, applies, promotions, snapshots.</summary>
    internal WriteTracker Writes { get; }
    internal int ValueSizeBytes { get; }
    internal long Now => _scheduler.Now;

    /// <summary>Each node's physical clock; strategies read their own through the context, metrics use true time.</summary>
    internal PhysicalClock[] Clocks { get; }

    /// <summary>What a node holds for a key (see <see cref="ReplicationStrategy.Digest"/>), for checks after a run.</summary>
    internal long DigestAt(NodeId node, int key) => _nodes[node.Index].Digest(key);

    /// <summary>Events run between two progress reports: cheap to check, frequent enough for a terminal.</summary>
    private const long ProgressEveryEvents = 1 << 16;

    /// <summary>Runs to the scenario's duration (or until cancelled) and returns what was measured.</summary>
    /// <param name="progress">Told the simulated seconds reached every ~65k events; it must not touch the run.</param>
    public RunResult Run(CancellationToken cancel = default, long maxEvents = long.MaxValue, IProgress<double>? progress = null)
    {
        for (var c = 0; c < _clients.Length; c++)
        {
            _scheduler.At(_clients[c].NextGap(_workloadRng), (int)EventKind.ClientArrival, c, 0);
        }
        _scheduler.At(_sampleEveryNanos, (int)EventKind.Sample, 0, 0);
        ScheduleFaults();
        foreach (var node in _nodes)
        {
            node.OnStart();
        }
        var completed = RunInSlices(cancel, maxEvents, progress);
        _failover.Finish(_scheduler.Now);
        _metrics.OnRunEnd(Ledger, _scheduler.Now);
        var (summary, series, distributions) = _metrics.Build(Ledger.ConvergenceNanos);
        return new RunResult(_scenario.Name, _strategy.Label, _scenario.Seed, _scenario.Fingerprint,
            _scheduler.EventsProcessed, _scheduler.Now / 1e9, completed, summary, series, distributions, _events);
    }

    // Pausing the loop between slices changes nothing in the model: the same events run in the same order.
    private bool RunInSlices(CancellationToken cancel, long maxEvents, IProgress<double>? progress)
    {
        var remaining = maxEvents;
        while (true)
        {
            var slice = Math.Min(remaining, ProgressEveryEvents);
            if (_scheduler.Run(this, _scenario.Duration.Nanos, slice, cancel))
            {
                return true;
            }
            remaining -= slice;
            if (remaining <= 0 || cancel.IsCancellationRequested)
            {
                return false;
            }
            progress?.Report(_scheduler.Now / 1e9);
        }
    }

    /// <summary>Clients talk to a node of their own region, or of the nearest region with nodes when theirs has none.</summary>
    /// <summary>The nodes of a failover witness region: they vote but hold no data.</summary>
    private NodeId[] WitnessNodes(StrategySpec strategy) =>
        strategy.DatalessRegions
            .SelectMany(r => Enumerable.Range(0, Topology.NodesIn(r)).Select(i => Topology.NodeIn(r, i)))
            .ToArray();

    private RegionId EntryRegion(RegionId clientRegion) =>
        Topology.NodesIn(clientRegion) > 0
            ? clientRegion
            : Enumerable.Range(0, Topology.RegionCount).Select(r => new RegionId(r))
                .Where(r => Topology.NodesIn(r) > 0 && Ledger.HoldsData(Topology.NodeIn(r, 0)))
                .MinBy(r => Network.MeanLatencyNanos(clientRegion, r));

    private PhysicalClock CreateClock(ScenarioSpec scenario, NodeId node, RandomStreams streams)
    {
        var spec = scenario.Regions[Topology.RegionOf(node).Index].Clock;
        var rng = streams.Get($"clocks/{node.Index}");
        var offset = spec.Offset.SampleSignedNanos(rng);
        return new PhysicalClock(offset, spec.DriftPpm, spec.SyncEvery.Nanos, spec.SyncError.Nanos, rng);
    }

    private void ScheduleFaults()
    {
        for (var i = 0; i < _faults.Timeline.Count; i++)
        {
            var fault = _faults.Timeline[i];
            _scheduler.At(fault.Start.Nanos, (int)EventKind.FaultStart, i, 0);
            if (fault.For.Nanos > 0)
            {
                _scheduler.At(fault.End.Nanos, (int)EventKind.FaultEnd, i, 0);
            }
        }
        for (var i = 0; i < _faults.RandomProcesses.Count; i++)
        {
            var first = _faults.RandomProcesses[i].FirstToggle;
            if (first != long.MaxValue)
            {
                _scheduler.At(first, (int)EventKind.RandomFault, i, 0);
            }
        }
    }

    void IEventHandler.Handle(in Event ev)
    {
        switch ((EventKind)ev.Kind)
        {
            case EventKind.ClientArrival:
                OnClientArrival(ev.Target);
                break;
            case EventKind.RequestArrival:
                var request = _wire[(int)ev.Data].Request;
                _wire.Free((int)ev.Data);
                if (Network.IsUp(new NodeId(ev.Target)))
                {
                    _nodes[ev.Target].OnClientRequest(request);
                }
                break;
            case EventKind.MessageArrival:
                OnMessageArrival(new NodeId(ev.Target), (int)ev.Data);
                break;
            case EventKind.DatagramArrival:
                var (sender, datagram) = (_wire[(int)ev.Data].From, _wire[(int)ev.Data].Message);
                _wire.Free((int)ev.Data);
                if (Network.IsUp(new NodeId(ev.Target)))
                {
                    _nodes[ev.Target].OnMessage(sender, datagram);
                }
                break;
            case EventKind.Timer:
                if (_lifecycle.IsCurrent(new NodeId(ev.Target), (int)(ev.Data >> 32)))
                {
                    _nodes[ev.Target].OnTimer((int)ev.Data);
                }
                break;
            case EventKind.FaultStart:
            case EventKind.FaultEnd:
                var ended = _faults.Apply(ev.Target, (EventKind)ev.Kind == EventKind.FaultStart, Now);
                OnFaultsChanged();
                if (ended)
                {
                    Ledger.OnHeal(Now);
                    ScheduleResume();
                }
                break;
            case EventKind.RandomFault:
                var next = _faults.ToggleRandom(ev.Target, Now, out var healed);
                OnFaultsChanged();
                if (next != long.MaxValue)
                {
                    _scheduler.At(next, (int)EventKind.RandomFault, ev.Target, 0);
                }
                if (healed)
                {
                    Ledger.OnHeal(Now);
                    ScheduleResume();
                }
                break;
            case EventKind.ResumeStreams:
                ResumeStreams();
                break;
            case EventKind.ReplyArrival:
                // Read in place: an in-flight item is large, and nothing below puts anything on the wire.
                ref var reply = ref _wire[(int)ev.Data];
                FinishOp(reply.Request, success: true, reply);
                _wire.Free((int)ev.Data);
                break;
            case EventKind.OpTimeout:
                // Most timers find their op answered long ago: check before building anything.
                ref var timedOut = ref _ops[ev.Target];
                if (timedOut.Waiting && timedOut.Generation == (int)ev.Data)
                {
                    FinishOp(timedOut.Request, success: false, default);
                }
                break;
            case EventKind.Sample:
                _metrics.SampleBehind(Ledger, Now);
                _metrics.SampleClockOffsets(Clocks, Now);
                _metrics.SampleDivergence(Writes.CountDivergentKeys(_digest), Now);
                _metrics.SampleSiblings(Now);
                ReportOverloads();
                _scheduler.After(_sampleEveryNanos, (int)EventKind.Sample, 0, 0);
                break;
            default:
                throw new InvalidOperationException($"unknown event kind {ev.Kind}");
        }
    }

    private void ReportOverloads()
    {
        foreach (var o in Network.TakeOverloads(Now))
        {
            _events.Add(new RunEvent(Now / 1e9, "overload", Topology.PairName(o.From, o.To), FormattableString.Invariant(
                $"offered {o.OfferedBitsPerSecond / 1e6:0.##} Mbps to a {o.BandwidthBitsPerSecond / 1e6:0.##} Mbps link from {o.SinceNanos / 1e9:0.###} s: messages queue without bound, lag here is queueing")));
        }
    }

    private void OnFaultsChanged()
    {
        _lifecycle.Update();
        _failover.Recheck(Now);
    }

    internal void SendMessage(NodeId from, NodeId to, in Message message)
    {
        ref var wire = ref _wire.Allocate(out var slot);
        wire.From = from;
        wire.Message = message;
        wire.SendSeq = _sendSeq++;
        wire.SentAt = Now;
        wire.SenderIncarnation = _lifecycle.Incarnation(from);
        if (Network.CanReach(from, to) && !_held.IsHolding(from, to))
        {
            Transmit(from, to, slot, message.SizeBytes);
        }
        else
        {
            _held.Hold(from, to, new HeldMessage(slot, message.SizeBytes, wire.SendSeq));
        }
    }

    internal void SendDatagram(NodeId from, NodeId to, in Message message)
    {
        if (Network.TrySendDatagram(Topology.RegionOf(from), Topology.RegionOf(to), to, message.SizeBytes, Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.From = from;
            wire.Message = message;
            _scheduler.At(arrival, (int)EventKind.DatagramArrival, to.Index, slot);
        }
    }

    /// <summary>The timer carries the node's incarnation: one set before a crash finds another and is dropped.</summary>
    internal void SetTimer(NodeId node, SimDuration after, int tag) =>
        _scheduler.After(after.Nanos, (int)EventKind.Timer, node.Index, ((long)_lifecycle.Incarnation(node) << 32) | (uint)tag);

    internal void Report(NodeId node, string kind, string detail) =>
        _events.Add(new RunEvent(Now / 1e9, kind, Topology.RegionName(Topology.RegionOf(node)), detail));

    private void Transmit(NodeId from, NodeId to, int slot, int bytes) =>
        _scheduler.At(Network.SendReliable(from, to, bytes, Now), (int)EventKind.MessageArrival, to.Index, slot);

    /// <summary>
    /// A stream message reached its node. If its sender crashed since sending it, it is lost with the
    /// sender's connection (the receiver notices the gap); if the receiver crashed meanwhile, the
    /// stream keeps it for the recovery.
    /// </summary>
    private void OnMessageArrival(NodeId to, int slot)
    {
        ref var wire = ref _wire[slot];
        var from = wire.From;
        if (wire.SenderIncarnation != _lifecycle.Incarnation(from))
        {
            _wire.Free(slot);
            return;
        }
        if (!Network.IsUp(to))
        {
            _held.Hold(from, to, new HeldMessage(slot, wire.Message.SizeBytes, wire.SendSeq));
            return;
        }
        var message = wire.Message;
        Writes.BeginHop(from, message.Write, wire.SentAt);
        _wire.Free(slot);
        _nodes[to.Index].OnMessage(from, message);
        Writes.EndHop();
    }

    /// <summary>After a heal or a recovery, held streams reconnect and resume once the reconnect delay has passed.</summary>
    private void ScheduleResume()
    {
        if (_held.AnyHeld)
        {
            _scheduler.After(_reconnectNanos, (int)EventKind.ResumeStreams, 0, 0);
        }
    }

    private void ResumeStreams()
    {
        foreach (var (from, to, held) in _held.Release(Network.CanReach))
        {
            Transmit(from, to, held.Slot, held.Bytes);
        }
    }

    internal void ForwardRequest(NodeId from, NodeId to, in ClientRequest request)
    {
        if (request.Hops < MaxHops)
        {
            SendRequest(Topology.RegionOf(from), to, request with { Hops = request.Hops + 1 });
        }
    }

    internal void ReplyWrite(NodeId from, in ClientRequest request, WriteRef write, long position) =>
        Reply(from, request, default, write, position, Network.ControlMessageBytes);

    internal void ReplyRead(NodeId from, VersionedStore store, in ClientRequest request, long position)
    {
        var write = store.WriteOf(request.Key);
        var outcome = Ledger.JudgeRead(request.Key, write, Now, out var commitSeq);
        Reply(from, request, outcome, new WriteRef(write, commitSeq), position, ValueSizeBytes);
    }

    private void Reply(NodeId from, in ClientRequest request, ReadOutcome read, WriteRef value, long position, int bytes)
    {
        if (Network.TrySendDatagram(Topology.RegionOf(from), request.ClientRegion, null, bytes, Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.From = from;
            wire.Request = request;
            wire.Read = read;
            wire.Value = value;
            wire.Position = position;
            _scheduler.At(arrival, (int)EventKind.ReplyArrival, 0, slot);
        }
    }

    private void OnClientArrival(int clientIndex)
    {
        var client = _clients[clientIndex];
        if (Now >= client.UntilNanos)
        {
            return;
        }
        var kind = client.NextKind(_workloadRng);
        var key = _keys.Next(_workloadRng);
        var session = client.NextSession(_workloadRng);
        ref var op = ref _ops.Allocate(out var slot);
        op.Generation++;
        op.Waiting = true;
        op.Client = clientIndex;
        op.Request = new ClientRequest(slot, op.Generation, kind, key, client.Region, session, Now, _tokens.Token(clientIndex, session));
        _scheduler.After(client.TimeoutNanos, (int)EventKind.OpTimeout, slot, op.Generation);
        var entry = Topology.NodeIn(client.EntryRegion, session % Topology.NodesIn(client.EntryRegion));
        SendRequest(client.Region, entry, op.Request);
        _scheduler.After(client.NextGap(_workloadRng), (int)EventKind.ClientArrival, clientIndex, 0);
    }

    private void SendRequest(RegionId from, NodeId to, in ClientRequest request)
    {
        var bytes = request.Kind == OpKind.Write ? ValueSizeBytes : Network.ControlMessageBytes;
        if (Network.TrySendDatagram(from, Topology.RegionOf(to), to, bytes, Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.Request = request;
            _scheduler.At(arrival, (int)EventKind.RequestArrival, to.Index, slot);
        }
    }

    /// <summary>Ends a waiting op: the first of its reply and its timeout wins, the other finds it gone.</summary>
    private void FinishOp(in ClientRequest request, bool success, in InFlight reply)
    {
        ref var op = ref _ops[request.Slot];
        if (!op.Waiting || op.Generation != request.Generation)
        {
            return;
        }
        op.Waiting = false;
        _ops.Free(request.Slot);
        // Only ops whose timeout falls within the run are counted: every one of them has an outcome
        // whatever the strategy, so strategies compared on one seed are judged on the same ops.
        if (request.IssuedAtNanos + _clients[op.Client].TimeoutNanos <= _scenario.Duration.Nanos)
        {
            _metrics.OnOpFinished(request.ClientRegion, request.Kind, request.IssuedAtNanos, Now, success, reply.Read);
        }
        if (success)
        {
            OnSessionReply(op.Client, request, reply);
        }
    }

    /// <summary>The client keeps the session token the reply carries; the checker judges the session against the truth.</summary>
    private void OnSessionReply(int client, in ClientRequest request, in InFlight reply)
    {
        _tokens.OnReply(client, request.Session, request.Kind, reply.Position);
        if (request.Kind == OpKind.Write)
        {
            _sessions.OnWriteAcknowledged(client, request.Session, request.Key, reply.Value.CommitSeq, Now);
            _failover.OnWriteAcknowledged(reply.From, Now);
            // Only a promotion abandons writes: without failover no acknowledged write can be lost.
            if (_canFailOver && Ledger.OnAcknowledged(reply.Value.Id, reply.Value.CommitSeq, out var origin))
            {
                _metrics.OnLostUpdates(Topology.RegionOf(origin), 1, Now);
            }
        }
        else if (_sessions.OnRead(client, request.Session, request.Key, reply.Value.CommitSeq, request.IssuedAtNanos, Now))
        {
            _metrics.OnSessionViolation(request.ClientRegion, request.IssuedAtNanos);
        }
    }

    private enum EventKind
    {
        ClientArrival,
        RequestArrival,
        MessageArrival,
        ReplyArrival,
        OpTimeout,
        Sample,
        FaultStart,
        FaultEnd,
        RandomFault,
        ResumeStreams,
        DatagramArrival,
        Timer,
    }
}
