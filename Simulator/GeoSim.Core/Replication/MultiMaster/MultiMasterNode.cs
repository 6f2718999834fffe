using GeoSim.Core.Clocks;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// Multi-master: this node accepts writes for its region, acknowledges them at once and streams
/// them to every other node. Each version carries a version vector (to detect concurrent writes)
/// and a timestamp from this node's own clock, physical or hybrid logical; the resolver settles
/// every pair of versions the same way on every node, so replicas converge once streams drain.
/// </summary>
public sealed class MultiMasterNode : ReplicationStrategy
{
    private const int Replicate = 1;

    private readonly MultiMasterSpec _spec;
    private readonly ConflictResolver _resolver;
    private readonly HybridLogicalClock _hlc = new();
    private readonly Dictionary<int, KeyVersion> _versions = [];
    private readonly KeyVersion _initial;

    public MultiMasterNode(NodeContext context, MultiMasterSpec spec) : base(context)
    {
        _spec = spec;
        var topology = context.Topology;
        _resolver = new ConflictResolver(spec, node =>
        {
            var index = spec.RegionPriority.ToList().IndexOf(topology.RegionName(topology.RegionOf(new NodeId(node))));
            return index >= 0 ? index : int.MaxValue;
        });
        _initial = new KeyVersion(new VersionVector(topology.NodeCount), HlcTimestamp.Zero, -1, Checkers.CommitLedger.Initial,
            spec.DataType == CrdtType.Counter && spec.Resolution == ConflictResolution.Crdt ? new PnCounter(topology.NodeCount) : null);
    }

    private bool IsCounter => _initial.Counter is not null;

    public override void OnClientRequest(in ClientRequest request)
    {
        if (request.Kind == OpKind.Read)
        {
            Context.ReplyRead(request);
            return;
        }
        var key = request.Key;
        var current = VersionOf(key);
        var write = Context.Commit(key);
        var version = new KeyVersion(current.Clock.Increment(Context.Node.Index), Timestamp(), Context.Node.Index, write,
            current.Counter?.Add(Context.Node.Index, 1));
        // A timestamp-ordered store acknowledges a write whose timestamp is behind the stored one
        // but never shows it: the write is lost at birth (a clock running behind does this).
        Settle(key, current, version, CausalOrder.After);
        Context.ReplyWrite(request);
        var message = new Message(Replicate, key, write, version.Time.WallNanos, Context.ValueSizeBytes, version);
        for (var n = 0; n < Context.Topology.NodeCount; n++)
        {
            if (n != Context.Node.Index)
            {
                Context.Send(new NodeId(n), message);
            }
        }
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        if (message.Kind != Replicate || message.Payload is not KeyVersion incoming)
        {
            return;
        }
        if (_spec.Resolution is ConflictResolution.HlcLww or ConflictResolution.Crdt)
        {
            _hlc.Observe(incoming.Time, PhysicalNow());
        }
        var current = VersionOf(message.Key);
        var order = incoming.Clock.Compare(current.Clock);
        if (order == CausalOrder.Concurrent)
        {
            Context.RecordConflict();
        }
        Settle(message.Key, current, incoming, order);
    }

    /// <summary>Keeps the winner of two versions (or their merge, for a counter), and reports the loser if it was not simply older.</summary>
    private void Settle(int key, KeyVersion current, KeyVersion incoming, CausalOrder order)
    {
        var clock = current.Clock.Merge(incoming.Clock);
        if (IsCounter)
        {
            var merged = incoming with { Clock = clock, Counter = current.Counter!.Merge(incoming.Counter!) };
            Context.Apply(key, incoming.Write, merged.Counter!.Value);
            _versions[key] = merged;
            return;
        }
        if (_resolver.IncomingWins(current, incoming, order))
        {
            Context.Apply(key, incoming.Write, incoming.Time.WallNanos);
            if (order != CausalOrder.After && current.Write != Checkers.CommitLedger.Initial)
            {
                Context.RecordLost(current.Write);
            }
            _versions[key] = incoming with { Clock = clock };
        }
        else
        {
            Context.Deliver(incoming.Write);
            if (order is CausalOrder.After or CausalOrder.Concurrent)
            {
                Context.RecordLost(incoming.Write);
            }
            _versions[key] = current with { Clock = clock };
        }
    }

    /// <summary>A counter's replicas agree when their totals do, whichever write was merged last.</summary>
    public override long Digest(int key) => IsCounter ? Context.Store.VersionOf(key) : base.Digest(key);

    private KeyVersion VersionOf(int key) => _versions.GetValueOrDefault(key, _initial);

    private HlcTimestamp Timestamp() => _spec.Resolution is ConflictResolution.HlcLww or ConflictResolution.Crdt
        ? _hlc.Now(PhysicalNow())
        : new HlcTimestamp(PhysicalNow(), 0);

    /// <summary>The node's physical clock, floored at zero (a clock set behind the epoch at start).</summary>
    private long PhysicalNow() => Math.Max(0, Context.LocalNowNanos);
}
