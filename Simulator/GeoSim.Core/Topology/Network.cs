using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>
/// Computes when a message sent now arrives, and whether it can be sent at all. Datagrams (client
/// requests, replies) are lost on a partitioned link or to a crashed node, and with the link's loss
/// probability; reliable streams (node to node) resend after a timeout and never let a message
/// overtake an earlier one on the same stream.
/// </summary>
public sealed class Network
{
    /// <summary>Size of a message that carries no value (requests, acks).</summary>
    public const int ControlMessageBytes = 64;

    private readonly Topology _topology;
    private readonly Link[] _links;
    private readonly int[] _nodeOutages;
    private readonly long[] _streamLastArrival;
    private readonly long _retransmitNanos;
    private readonly RandomStream _rng;
    private readonly ITrafficSink _metrics;

    public Network(Topology topology, NetworkSpec spec, RandomStream rng, ITrafficSink metrics)
    {
        _topology = topology;
        _rng = rng;
        _metrics = metrics;
        _retransmitNanos = spec.RetransmitAfter.Nanos;
        var regions = topology.RegionCount;
        _links = new Link[regions * regions];
        foreach (var link in spec.Links)
        {
            _links[link.From.Index * regions + link.To.Index] = new Link(link);
        }
        _nodeOutages = new int[topology.NodeCount];
        _streamLastArrival = new long[topology.NodeCount * topology.NodeCount];
    }

    /// <summary>Mean one-way latency from one region to another, as configured, for routing by distance.</summary>
    public double MeanLatencyNanos(RegionId from, RegionId to) => LinkOf(from, to).MeanLatencyNanos;

    public bool IsUp(NodeId node) => _nodeOutages[node.Index] == 0;

    /// <summary>
    /// True when both nodes are up and the link between their regions carries messages in this
    /// direction: not partitioned, and not losing every transmission (a stream on a link with loss 1
    /// holds its messages, as across a partition).
    /// </summary>
    public bool CanReach(NodeId from, NodeId to) =>
        IsUp(from) && IsUp(to) && LinkOf(_topology.RegionOf(from), _topology.RegionOf(to)).Carries;

    /// <summary>
    /// Sends a datagram from a region to a node (null: to a client of <paramref name="toRegion"/>);
    /// false when it is lost. A partitioned link or a crashed node loses it without using the wire.
    /// </summary>
    public bool TrySendDatagram(RegionId from, RegionId toRegion, NodeId? toNode, int bytes, long now, out long arrival)
    {
        arrival = 0;
        if (!PutsOnWire(from, toRegion, toNode))
        {
            return false;
        }
        var link = LinkOf(from, toRegion);
        arrival = link.Transmit(now, bytes, _rng);
        _metrics.OnBytesSent(from, toRegion, bytes, now);
        return link.Loss <= 0 || _rng.NextDouble() >= link.Loss;
    }

    /// <summary>Whether a datagram sent now would go on the wire (it may still be lost on the way): the link is not partitioned and the node is up.</summary>
    public bool PutsOnWire(RegionId from, RegionId toRegion, NodeId? toNode) =>
        LinkOf(from, toRegion).Up && (toNode is not { } node || IsUp(node));

    /// <summary>
    /// Sends on the reliable, ordered stream between two nodes that <see cref="CanReach"/> each other
    /// (so the loss is below 1 and the loop ends). Each lost transmission costs one retransmit
    /// timeout and is sent again; the arrival is never earlier than the stream's previous one.
    /// </summary>
    public long SendReliable(NodeId from, NodeId to, int bytes, long now)
    {
        var src = _topology.RegionOf(from);
        var dst = _topology.RegionOf(to);
        var link = LinkOf(src, dst);
        var sendAt = now;
        var arrival = link.Transmit(sendAt, bytes, _rng);
        while (true)
        {
            _metrics.OnBytesSent(src, dst, bytes, sendAt);
            if (link.Loss <= 0 || _rng.NextDouble() >= link.Loss)
            {
                ref var last = ref _streamLastArrival[from.Index * _topology.NodeCount + to.Index];
                last = Math.Max(last, arrival);
                return last;
            }
            sendAt += _retransmitNanos;
            arrival = link.Retransmit(sendAt, bytes, _rng);
        }
    }

    /// <summary>
    /// Offered load is judged over windows this long: long enough that Poisson bursts at a load
    /// below capacity do not count, short enough to catch a sustained overload within a run.
    /// </summary>
    public static readonly long OverloadWindowNanos = 10_000_000_000;

    private long _windowStart;

    /// <summary>
    /// Called as time passes: once a window has passed, each link (direction) that was offered more
    /// bits per second than its bandwidth for the first time; then a new window starts. Such a link
    /// queues without bound: what it shows is the queue, not the link's delay.
    /// </summary>
    internal IEnumerable<LinkOverload> TakeOverloads(long now)
    {
        var elapsed = now - _windowStart;
        if (elapsed < OverloadWindowNanos)
        {
            yield break;
        }
        var regions = _topology.RegionCount;
        for (var i = 0; i < _links.Length; i++)
        {
            var link = _links[i];
            var offered = (link?.TakeWindowBytes() ?? 0) * 8e9 / elapsed;
            if (link is { BandwidthBitsPerSecond: > 0, OverloadReported: false } && offered > link.BandwidthBitsPerSecond)
            {
                link.OverloadReported = true;
                yield return new LinkOverload(new RegionId(i / regions), new RegionId(i % regions), _windowStart, offered, link.BandwidthBitsPerSecond);
            }
        }
        _windowStart = now;
    }

    internal Link LinkOf(RegionId from, RegionId to) => _links[from.Index * _topology.RegionCount + to.Index];

    /// <summary>Starts (+1) or ends (-1) one outage of a node; outages may overlap.</summary>
    internal void ChangeOutage(NodeId node, int delta) => _nodeOutages[node.Index] += delta;
}
