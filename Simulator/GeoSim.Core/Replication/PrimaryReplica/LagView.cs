using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// What a node knows of replication lag, from messages only. Its own lag is like MySQL's
/// Seconds_Behind_Master, but conservative: "now" on its own clock minus the primary's clock time
/// up to which it knows it has every write (a write's commit stamp once applied; a heartbeat's stamp
/// once the log head the heartbeat announced is applied). When the primary is silent the estimate
/// grows. Other nodes' lags are their own estimates as their last status datagram reported them
/// (as a proxy polls Seconds_Behind_Master); once a node has been silent for more than a heartbeat
/// interval, its lag is taken to grow with the silence. Clock offsets between nodes show up in the
/// estimates, as they do in MySQL.
/// </summary>
internal sealed class LagView
{
    private readonly NodeContext _context;
    private readonly long _heartbeatNanos;
    private readonly long[] _peerLag;
    private readonly long[] _peerReceivedAt;
    private long _pendingHead = long.MaxValue;
    private long _pendingStamp;

    public LagView(NodeContext context, SimDuration heartbeatEvery)
    {
        _context = context;
        _heartbeatNanos = heartbeatEvery.Nanos;
        _peerLag = new long[context.Topology.NodeCount];
        _peerReceivedAt = new long[context.Topology.NodeCount];
        Forget();
    }

    /// <summary>The primary's clock time up to which this replica has every write (durable: it describes the store).</summary>
    public long CompleteAsOf { get; private set; }

    /// <summary>This replica's own estimate of its lag, in nanoseconds.</summary>
    public long OwnLagNanos => Math.Max(0, _context.LocalNowNanos - CompleteAsOf);

    /// <summary>A write committed at <paramref name="stamp"/> (primary clock) was applied; the log now reaches <paramref name="position"/>.</summary>
    public void OnApplied(long stamp, long position)
    {
        CompleteAsOf = Math.Max(CompleteAsOf, stamp);
        if (position >= _pendingHead)
        {
            CompleteAsOf = Math.Max(CompleteAsOf, _pendingStamp);
            _pendingHead = long.MaxValue;
        }
    }

    /// <summary>The primary's heartbeat: its log head was <paramref name="head"/> at <paramref name="stamp"/> on its clock.</summary>
    public void OnHeartbeat(long head, long stamp, long position)
    {
        if (position >= head)
        {
            CompleteAsOf = Math.Max(CompleteAsOf, stamp);
        }
        else
        {
            // Keep the newest announcement; once the log reaches its head, the replica is complete as of its stamp.
            (_pendingHead, _pendingStamp) = (head, stamp);
        }
    }

    /// <summary>The primary itself is complete as of now.</summary>
    public void OnPrimary() => CompleteAsOf = _context.LocalNowNanos;

    /// <summary>What a peer's status reported of its own lag.</summary>
    public void OnPeerStatus(NodeId peer, long lagNanos)
    {
        _peerLag[peer.Index] = lagNanos;
        _peerReceivedAt[peer.Index] = _context.LocalNowNanos;
    }

    /// <summary>A peer's lag as this node last heard it; <see cref="long.MaxValue"/> when never heard since the last restart.</summary>
    public long PeerLagNanos(NodeId peer)
    {
        if (peer == _context.Node)
        {
            return OwnLagNanos;
        }
        if (_peerReceivedAt[peer.Index] == long.MinValue)
        {
            return long.MaxValue;
        }
        var silence = _context.LocalNowNanos - _peerReceivedAt[peer.Index];
        return _peerLag[peer.Index] + Math.Max(0, silence - _heartbeatNanos);
    }

    /// <summary>Peers' statuses are volatile: forgotten at a crash.</summary>
    public void Forget()
    {
        Array.Fill(_peerReceivedAt, long.MinValue);
        _pendingHead = long.MaxValue;
    }
}
