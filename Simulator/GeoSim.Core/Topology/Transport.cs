using GeoSim.Core.Engine;

namespace GeoSim.Core.Topology;

/// <summary>
/// Carries node-to-node payloads: reliable, ordered streams (held through partitions and outages
/// until they can resume, like a TCP connection's send buffer) and datagrams (lost across a
/// partition, to a crashed node, or by the link's loss). It owns what is on the wire between nodes
/// and its three event kinds; what a payload means is its receiver's business.
/// </summary>
internal sealed class Transport<TPayload>
    where TPayload : struct
{
    private const int StreamArrival = 0;
    private const int DatagramArrival = 1;
    private const int ResumeStreams = 2;

    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 3;

    private readonly Scheduler _scheduler;
    private readonly Topology _topology;
    private readonly Network _network;
    private readonly WireFormat _format;
    private readonly NodeLifecycle _lifecycle;
    private readonly HeldStreams _held;
    private readonly SlotPool<Envelope<TPayload>> _wire = new();
    private readonly long _reconnectNanos;
    private readonly int _kindBase;
    private long _sendSeq;
    private long _datagramSeq;

    public Transport(Scheduler scheduler, Topology topology, Network network, NodeLifecycle lifecycle, long reconnectNanos, int kindBase, WireFormat wire)
    {
        _format = wire;
        _scheduler = scheduler;
        _topology = topology;
        _network = network;
        _lifecycle = lifecycle;
        _held = new HeldStreams(topology.NodeCount);
        _reconnectNanos = reconnectNanos;
        _kindBase = kindBase;
    }

    /// <summary>Takes what arrives; set once, before the run starts.</summary>
    public ITransportReceiver<TPayload>? Receiver { get; set; }

    /// <summary>Told of every delivered message when the run is traced; set once, before the run starts.</summary>
    public ITraceSink? Trace { get; init; }

    public void Send(NodeId from, NodeId to, in TPayload payload, int bytes)
    {
        bytes = _format.OnWire(bytes, stream: true);
        ref var wire = ref _wire.Allocate(out var slot);
        wire.From = from;
        wire.Payload = payload;
        wire.Bytes = bytes;
        wire.SendSeq = _sendSeq++;
        wire.SentAt = _scheduler.Now;
        wire.SenderIncarnation = _lifecycle.Incarnation(from);
        if (_network.CanReach(from, to) && !_held.IsHolding(from, to))
        {
            Transmit(from, to, slot, bytes);
        }
        else
        {
            _held.Hold(from, to, new HeldMessage(slot, bytes, wire.SendSeq));
        }
    }

    public void SendDatagram(NodeId from, NodeId to, in TPayload payload, int bytes)
    {
        bytes = _format.OnWire(bytes, stream: false);
        if (_network.TrySendDatagram(_topology.RegionOf(from), _topology.RegionOf(to), to, bytes, _scheduler.Now, out var arrival))
        {
            arrival += _format.CpuNanos;
            ref var wire = ref _wire.Allocate(out var slot);
            wire.From = from;
            wire.Payload = payload;
            wire.SentAt = _scheduler.Now;
            wire.SendSeq = _datagramSeq++;
            _scheduler.At(arrival, _kindBase + DatagramArrival, to.Index, slot);
        }
    }

    /// <summary>A fault ended or a node recovered: held streams reconnect and resume once the reconnect delay has passed.</summary>
    public void OnHeal()
    {
        if (_held.AnyHeld)
        {
            _scheduler.After(_reconnectNanos, _kindBase + ResumeStreams, 0, 0);
        }
    }

    public void Handle(in Event ev)
    {
        switch (ev.Kind - _kindBase)
        {
            case StreamArrival:
                OnStreamArrival(new NodeId(ev.Target), (int)ev.Data);
                break;
            case DatagramArrival:
                ref var datagram = ref _wire[(int)ev.Data];
                var (sender, payload) = (datagram.From, datagram.Payload);
                _wire.Free((int)ev.Data);
                if (_network.IsUp(new NodeId(ev.Target)))
                {
                    // Streams number their messages even, datagrams odd: one flow id space.
                    Trace?.OnMessage(sender, new NodeId(ev.Target), datagram.SentAt, _scheduler.Now, datagram.SendSeq * 2 + 1, stream: false);
                    Receiver!.OnDatagram(sender, new NodeId(ev.Target), payload);
                }
                break;
            case ResumeStreams:
                foreach (var (from, to, held) in _held.Release(_network.CanReach))
                {
                    Transmit(from, to, held.Slot, held.Bytes);
                }
                break;
            default:
                throw new InvalidOperationException($"unknown transport event kind {ev.Kind}");
        }
    }

    private void Transmit(NodeId from, NodeId to, int slot, int bytes) =>
        _scheduler.At(_network.SendReliable(from, to, bytes, _scheduler.Now) + _format.CpuNanos, _kindBase + StreamArrival, to.Index, slot);

    /// <summary>
    /// A stream message reached its node. If its sender crashed since sending it, it is lost with the
    /// sender's connection (the receiver notices the gap); if the receiver crashed meanwhile, the
    /// stream keeps it for the recovery.
    /// </summary>
    private void OnStreamArrival(NodeId to, int slot)
    {
        ref var wire = ref _wire[slot];
        var from = wire.From;
        if (wire.SenderIncarnation != _lifecycle.Incarnation(from))
        {
            _wire.Free(slot);
            return;
        }
        if (!_network.IsUp(to))
        {
            _held.Hold(from, to, new HeldMessage(slot, wire.Bytes, wire.SendSeq));
            return;
        }
        var payload = wire.Payload;
        var sentAt = wire.SentAt;
        Trace?.OnMessage(from, to, sentAt, _scheduler.Now, wire.SendSeq * 2, stream: true);
        _wire.Free(slot);
        Receiver!.OnStreamMessage(from, to, payload, sentAt);
    }
}
