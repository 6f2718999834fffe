using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Workload;

/// <summary>
/// The clients: open-loop arrivals, the request each sends to a node of its entry region (or, for
/// a warm or cold key, to the region of its storage tier), the reply or the timeout that ends it,
/// and the session tokens they keep. It owns the clients' ops, their requests and replies on the
/// wire, and its five event kinds.
/// </summary>
internal sealed class ClientDriver
{
    private const int Arrival = 0;
    private const int RequestArrival = 1;
    private const int ReplyArrival = 2;
    private const int Timeout = 3;
    private const int TierRead = 4;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 5;

    /// <summary>A request forwarded more often than this is dropped: views of the primary that disagree must not loop forever.</summary>
    private const int MaxHops = 8;

    private readonly Scheduler _scheduler;
    private readonly Topology.Topology _topology;
    private readonly Network _network;
    private readonly RandomStream _rng;
    private readonly KeySampler _keys;
    private readonly ClientGroup[] _clients;
    private readonly SessionTokens _tokens;
    private readonly SlotPool<PendingOp> _ops = new();
    private readonly SlotPool<(ClientRequest Request, ClientReply Reply)> _wire = new();
    private readonly int _valueSizeBytes;
    private readonly long _durationNanos;
    private readonly int _kindBase;

    /// <param name="entryRegion">Where the clients of a region send their requests (their own, or the nearest with data).</param>
    public ClientDriver(Scheduler scheduler, Topology.Topology topology, Network network, ScenarioSpec scenario, RandomStream rng,
        Func<RegionId, RegionId> entryRegion, int kindBase)
    {
        _scheduler = scheduler;
        _topology = topology;
        _network = network;
        _rng = rng;
        _keys = new KeySampler(scenario.Workload.Keys, scenario.Workload.KeyDistribution);
        _clients = scenario.Workload.Clients
            .Select(c => new ClientGroup(c, entryRegion(c.Region), c.Timeout.Nanos))
            .ToArray();
        _tokens = new SessionTokens(_clients);
        _valueSizeBytes = scenario.Workload.ValueSizeBytes;
        _durationNanos = scenario.Duration.Nanos;
        _kindBase = kindBase;
    }

    /// <summary>The client populations, in scenario order (what the session checker judges).</summary>
    public IReadOnlyList<ClientGroup> Groups => _clients;

    /// <summary>Takes requests at nodes; set once, before the run starts.</summary>
    public IRequestReceiver? Nodes { get; set; }

    /// <summary>Told of every op's end; set once, before the run starts.</summary>
    public IClientObserver? Observer { get; set; }

    /// <summary>Told of ops when the run is traced; set once, before the run starts.</summary>
    public ITraceSink? Trace { get; init; }

    /// <summary>The storage tiers of the keys (null: every key is hot); set once, before the run starts.</summary>
    public TierPlacement? Tiers { get; set; }

    public void Start()
    {
        for (var c = 0; c < _clients.Length; c++)
        {
            _scheduler.At(_clients[c].NextGap(_rng), _kindBase + Arrival, c, 0);
        }
    }

    public void Handle(in Event ev)
    {
        switch (ev.Kind - _kindBase)
        {
            case Arrival:
                OnArrival(ev.Target);
                break;
            case RequestArrival:
                var request = _wire[(int)ev.Data].Request;
                _wire.Free((int)ev.Data);
                if (_network.IsUp(new NodeId(ev.Target)))
                {
                    Nodes!.OnRequest(new NodeId(ev.Target), request);
                }
                break;
            case ReplyArrival:
                // Read in place: nothing below puts anything on the wire.
                ref var reply = ref _wire[(int)ev.Data];
                Finish(reply.Request, success: true, reply.Reply);
                _wire.Free((int)ev.Data);
                break;
            case TierRead:
                var tierRequest = _wire[(int)ev.Data].Request;
                _wire.Free((int)ev.Data);
                var server = new NodeId(ev.Target);
                if (_network.IsUp(server))
                {
                    Reply(tierRequest, new ClientReply(server, ReadOutcome.Fresh, 0, 0, 0), _valueSizeBytes);
                }
                break;
            case Timeout:
                // Most timers find their op answered long ago: check before building anything.
                ref var timedOut = ref _ops[ev.Target];
                if (timedOut.Waiting && timedOut.Generation == (int)ev.Data)
                {
                    Finish(timedOut.Request, success: false, default);
                }
                break;
            default:
                throw new InvalidOperationException($"unknown client event kind {ev.Kind}");
        }
    }

    /// <summary>Passes a request on from node <paramref name="from"/> to another (a datagram: it may be lost and time out).</summary>
    public void Forward(NodeId from, NodeId to, in ClientRequest request)
    {
        if (request.Hops < MaxHops)
        {
            SendRequest(_topology.RegionOf(from), to, request with { Hops = request.Hops + 1 });
        }
    }

    /// <summary>Sends a node's reply to the client that is waiting for it (a datagram: it may be lost).</summary>
    public void Reply(in ClientRequest request, in ClientReply reply, int bytes)
    {
        if (_network.TrySendDatagram(_topology.RegionOf(reply.From), request.ClientRegion, null, bytes, _scheduler.Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.Request = request;
            wire.Reply = reply;
            _scheduler.At(arrival, _kindBase + ReplyArrival, 0, slot);
        }
    }

    private void OnArrival(int clientIndex)
    {
        var client = _clients[clientIndex];
        var now = _scheduler.Now;
        if (now >= client.UntilNanos)
        {
            return;
        }
        var kind = client.NextKind(_rng);
        var key = _keys.Next(_rng);
        var session = client.NextSession(_rng);
        ref var op = ref _ops.Allocate(out var slot);
        op.Generation++;
        op.Waiting = true;
        op.Client = clientIndex;
        op.Tier = Tiers?.TierOf(key) ?? StorageTier.Hot;
        op.Request = new ClientRequest(slot, op.Generation, kind, key, client.Region, session, now, _tokens.Token(clientIndex, session));
        _scheduler.After(client.TimeoutNanos, _kindBase + Timeout, slot, op.Generation);
        if (kind == OpKind.Write)
        {
            Tiers?.OnWrite(key);
        }
        if (kind == OpKind.Read && op.Tier != StorageTier.Hot)
        {
            // A warm or cold read bypasses the strategy's nodes: it has no node track to trace on.
            op.TraceDraw = -1;
            SendTierRead(op.Tier, op.Request);
        }
        else
        {
            var entry = _topology.NodeIn(client.EntryRegion, session % _topology.NodesIn(client.EntryRegion));
            op.TraceNode = entry;
            op.TraceDraw = Trace?.OnOpStart(entry) ?? -1;
            SendRequest(client.Region, entry, op.Request);
        }
        _scheduler.After(client.NextGap(_rng), _kindBase + Arrival, clientIndex, 0);
    }

    /// <summary>A read of a warm or cold key: to a node of the nearest region holding its tier, answered after the tier's read latency.</summary>
    private void SendTierRead(StorageTier tier, in ClientRequest request)
    {
        var region = Tiers!.ServingRegion(tier, request.ClientRegion);
        var node = _topology.NodeIn(region, request.Session % _topology.NodesIn(region));
        if (_network.TrySendDatagram(request.ClientRegion, region, node, Network.ControlMessageBytes, _scheduler.Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.Request = request;
            _scheduler.At(arrival + Tiers.ReadLatencyNanos(tier), _kindBase + TierRead, node.Index, slot);
        }
    }

    private void SendRequest(RegionId from, NodeId to, in ClientRequest request)
    {
        var bytes = request.Kind == OpKind.Write ? _valueSizeBytes : Network.ControlMessageBytes;
        if (_network.TrySendDatagram(from, _topology.RegionOf(to), to, bytes, _scheduler.Now, out var arrival))
        {
            ref var wire = ref _wire.Allocate(out var slot);
            wire.Request = request;
            _scheduler.At(arrival, _kindBase + RequestArrival, to.Index, slot);
        }
    }

    /// <summary>Ends a waiting op: the first of its reply and its timeout wins, the other finds it gone.</summary>
    private void Finish(in ClientRequest request, bool success, in ClientReply reply)
    {
        ref var op = ref _ops[request.Slot];
        if (!op.Waiting || op.Generation != request.Generation)
        {
            return;
        }
        op.Waiting = false;
        _ops.Free(request.Slot);
        var now = _scheduler.Now;
        if (op.TraceDraw >= 0)
        {
            Trace!.OnOpEnd(op.TraceNode, op.TraceDraw, request.Kind, request.IssuedAtNanos, now, success);
        }
        if (request.IssuedAtNanos + _clients[op.Client].TimeoutNanos <= _durationNanos)
        {
            Observer!.OnOpFinished(request.ClientRegion, request.Kind, request.Key, request.IssuedAtNanos, now, success, reply.Read);
            if (Tiers is not null && request.Kind == OpKind.Read)
            {
                Observer.OnTierRead(op.Tier, request.IssuedAtNanos, now, success);
            }
        }
        // A tier's copy was never written in the run (a write makes its key hot): the strategy's
        // session and linearizability checks have nothing to judge in it.
        if (success && (request.Kind == OpKind.Write || op.Tier == StorageTier.Hot))
        {
            _tokens.OnReply(op.Client, request.Session, request.Kind, reply.Position);
            Observer!.OnReply(op.Client, request, reply, now);
        }
    }
}
