using GeoSim.Core.Storage;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>
/// Exactly what a strategy may use at its node: who and where it is, its store, the network, and
/// the replies to clients. Everything it does passes through here, which is also where the
/// metrics and the ledger observe it.
/// </summary>
public sealed class NodeContext
{
    private readonly Simulation _world;

    internal NodeContext(Simulation world, NodeId node, VersionedStore store)
    {
        _world = world;
        Node = node;
        Store = store;
        Region = world.Topology.RegionOf(node);
    }

    public NodeId Node { get; }
    public RegionId Region { get; }
    public Topology.Topology Topology => _world.Topology;

    /// <summary>This node's store (read it here; change it through <see cref="Apply"/>).</summary>
    public VersionedStore Store { get; }

    /// <summary>This node's physical clock reading now (skewed, drifting; it may step backward), in nanoseconds.</summary>
    public long LocalNowNanos => _world.Clocks[Node.Index].Read(_world.Now);

    /// <summary>Bytes of one value on the wire.</summary>
    public int ValueSizeBytes => _world.ValueSizeBytes;

    /// <summary>Mean one-way latency between two regions, as configured (what an operator knows of the network).</summary>
    public double MeanLatencyNanos(RegionId from, RegionId to) => _world.Network.MeanLatencyNanos(from, to);

    /// <summary>Sends on the reliable, ordered stream to another node.</summary>
    public void Send(NodeId to, in Message message) => _world.SendMessage(Node, to, message);

    /// <summary>Passes a client request on to another node (a datagram: it may be lost and time out).</summary>
    public void Forward(NodeId to, in ClientRequest request) => _world.ForwardRequest(Node, to, request);

    /// <summary>Accepts a new write of <paramref name="key"/> here and applies it; returns its id.</summary>
    public int CommitWrite(int key, long version)
    {
        var write = Commit(key);
        Apply(key, write, version);
        return write;
    }

    /// <summary>Accepts a new write of <paramref name="key"/> here without applying it yet (call Apply or Deliver next).</summary>
    public int Commit(int key) => _world.Ledger.Commit(key, Node, _world.Now);

    /// <summary>Applies a write (committed here or elsewhere) to this node's store.</summary>
    public void Apply(int key, int write, long version) => _world.Apply(Node, Store, key, write, version);

    /// <summary>Takes a write in without storing it (it lost to the version already held).</summary>
    public void Deliver(int write) => _world.Deliver(Node, write);

    /// <summary>This node found two concurrent versions of a key.</summary>
    public void RecordConflict() => _world.Metrics.OnConflict(Region, _world.Now);

    /// <summary>How many keys this node now holds several concurrent versions of.</summary>
    public void ReportSiblingKeys(int keys) => _world.Metrics.OnSiblingKeys(Node, keys);

    /// <summary>This node discarded <paramref name="write"/> in favour of a version that did not causally follow it.</summary>
    public void RecordLost(int write)
    {
        if (_world.Ledger.MarkLost(write))
        {
            _world.Metrics.OnLostUpdate(Topology.RegionOf(_world.Ledger.OriginOf(write)), _world.Now);
        }
    }

    /// <summary>Acknowledges a client's write.</summary>
    public void ReplyWrite(in ClientRequest request) => _world.Reply(Node, request, default);

    /// <summary>Answers a client's read from this node's store.</summary>
    public void ReplyRead(in ClientRequest request) =>
        _world.Reply(Node, request, _world.Ledger.JudgeRead(request.Key, Store.WriteOf(request.Key), _world.Now));
}
