using GeoSim.Core.Checkers;
using GeoSim.Core.Clocks;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.MultiMaster;

/// <summary>
/// Multi-master: this node accepts writes for its region, acknowledges them at once and streams
/// them to every other node. Each version carries a version vector (to detect concurrent writes)
/// and a timestamp from this node's own clock, physical or hybrid logical. A version is settled
/// against the one held the same way on every node (a resolver, a CRDT merge, or kept as a
/// sibling), so replicas converge once the streams drain.
/// </summary>
internal sealed class MultiMasterNode : ReplicationStrategy
{
    private readonly MultiMasterSpec _spec;
    private readonly ConflictResolver _resolver;
    private readonly HybridLogicalClock _hlc = new();
    private readonly Dictionary<int, KeyVersion> _versions = [];
    private readonly Dictionary<int, Siblings> _siblings = [];
    private readonly KeyVersion _initial;
    private long _writesHere;
    private int _keysWithSiblings;
    private readonly CausalBuffer? _causal;
    private readonly List<CopyTarget> _copiedTo = [];

    public MultiMasterNode(NodeContext context, MultiMasterSpec spec) : base(context)
    {
        _spec = spec;
        var topology = context.Topology;
        var priority = spec.RegionPriority.ToList();
        _resolver = new ConflictResolver(spec, node =>
            priority.IndexOf(topology.RegionOf(new NodeId(node))) is var i and >= 0 ? i : int.MaxValue);
        ICrdt? state = spec.Resolution != ConflictResolution.Crdt ? null : spec.DataType switch
        {
            CrdtType.Counter => new PnCounter(topology.NodeCount),
            CrdtType.Set => OrSet.Empty,
            _ => null,
        };
        _causal = spec.Causal ? new CausalBuffer(topology.NodeCount) : null;
        _initial = new KeyVersion(new VersionVector(topology.NodeCount), HlcTimestamp.Zero, -1, CommitLedger.Initial, state);
    }

    private bool UsesHlc => _spec.Resolution is ConflictResolution.HlcLww or ConflictResolution.Crdt;

    public override void OnClientRequest(in ClientRequest request)
    {
        if (!Context.Residency.Serves(request.Key, Context.Node))
        {
            // Outside the key's residency this node holds nothing of it: the nearest node inside serves it.
            Context.Forward(Context.NearestHolderOf(request.Key), request);
            return;
        }
        if (request.Kind == OpKind.Read)
        {
            // Multi-master has no log position: reads carry no session token.
            Context.ReplyRead(request, 0);
            return;
        }
        var key = request.Key;
        var current = VersionOf(key);
        var seen = _siblings.TryGetValue(key, out var siblings) ? siblings.Clock : current.Clock;
        var write = Context.CommitInResidency(key);
        var tag = ((long)Context.Node.Index << 40) | ++_writesHere;
        _causal?.MarkApplied(Context.Node.Index);
        var version = new KeyVersion(seen.Increment(Context.Node.Index), Timestamp(), Context.Node.Index, write.Id,
            current.State?.Update(Context.Node.Index, tag), _causal?.Applied);
        // A local write has seen everything held here, so it follows it causally; a timestamp-
        // ordered store may still refuse it when this node's clock is behind (lost at birth).
        Settle(key, current, version, CausalOrder.After);
        Context.ReplyWrite(request, write, 0);
        var message = new ReplicateMessage(key, write.Id, version, Context.Residency.EpochOf(key)).ToWire(Context.ValueSizeBytes);
        for (var n = 0; n < Context.Topology.NodeCount; n++)
        {
            if (n != Context.Node.Index && Context.Residency.MayHold(key, new NodeId(n)))
            {
                Context.Send(new NodeId(n), message);
            }
        }
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        if (ReplicateMessage.Of(message) is not { } update)
        {
            return;
        }
        Relay(update, message);
        if (!Context.Residency.MayHold(update.Key, Context.Node))
        {
            // Sent before the key's class left this node's region: not kept.
            return;
        }
        var incoming = update.Version;
        if (UsesHlc)
        {
            _hlc.Observe(incoming.Time, PhysicalNow());
        }
        if (_causal is null)
        {
            Receive(update.Key, incoming);
            return;
        }
        foreach (var (key, version) in _causal.Admit(update.Key, incoming))
        {
            Receive(key, version);
            _causal.MarkApplied(version.Origin);
        }
    }

    /// <summary>Every node takes writes: any can give a copy of a data class, and hands on what reaches it later.</summary>
    public override bool GivesCopies => true;

    internal override int SendCopy(NodeId to, CopyPart part)
    {
        var versions = new List<(int Key, KeyVersion Version)>();
        for (var key = part.Keys.FirstKey; key < part.Keys.EndKey; key++)
        {
            if (_versions.TryGetValue(key, out var version))
            {
                versions.Add((key, version));
            }
        }
        var placement = Context.Residency.EpochOf(part.Keys.FirstKey);
        var earlier = _copiedTo.FindIndex(t => t.To == to && t.Placement == placement && t.Keys.EndKey == part.Keys.FirstKey);
        if (earlier >= 0)
        {
            // The next chunk of the same copy: one target covers the copy, so a relay checks it once.
            _copiedTo[earlier] = _copiedTo[earlier] with { Keys = _copiedTo[earlier].Keys with { EndKey = part.Keys.EndKey } };
        }
        else
        {
            _copiedTo.Add(new CopyTarget(part.Keys, placement, to));
        }
        return Context.SendCopy(to, part, versions.ToArray());
    }

    /// <summary>A copy's versions are settled like streamed ones, so nothing newer held here is replaced.</summary>
    internal override void OnCopy(NodeId from, in CopyMessage copy)
    {
        foreach (var (key, version) in ((int Key, KeyVersion Version)[])copy.State!)
        {
            Receive(key, version);
        }
        Context.DiscardSnapshot(copy.Handle);
    }

    internal override void OnClassLeft(DataClassSpec dataClass)
    {
        for (var key = dataClass.FirstKey; key < dataClass.EndKey; key++)
        {
            _versions.Remove(key);
        }
        base.OnClassLeft(dataClass);
    }

    /// <summary>
    /// A write sent before this node copied its key's class to a joining node never went there:
    /// this node hands it on, so the copy and the streams together miss nothing.
    /// </summary>
    private void Relay(in ReplicateMessage update, in Message message)
    {
        foreach (var target in _copiedTo)
        {
            if (target.Keys.Contains(update.Key) && update.Placement < target.Placement)
            {
                Context.Send(target.To, message);
            }
        }
    }

    private void Receive(int key, KeyVersion incoming)
    {
        var current = VersionOf(key);
        Settle(key, current, incoming, incoming.Clock.Compare(current.Clock));
    }

    /// <summary>A register's winning write; a CRDT's value; the siblings' combined identity.</summary>
    public override long Digest(int key) =>
        _siblings.TryGetValue(key, out var siblings) ? siblings.Digest()
        : _initial.State is not null ? VersionOf(key).State!.Digest()
        : base.Digest(key);

    private void Settle(int key, KeyVersion current, KeyVersion incoming, CausalOrder order)
    {
        if (_spec.Resolution == ConflictResolution.Siblings)
        {
            KeepSibling(key, incoming);
            return;
        }
        if (order == CausalOrder.Concurrent)
        {
            Context.Conflicts.Record();
        }
        var clock = current.Clock.Merge(incoming.Clock);
        if (current.State is { } state)
        {
            // A CRDT keeps both: merge the states, nothing is lost.
            Context.Apply(key, incoming.Write, incoming.Time.WallNanos);
            _versions[key] = incoming.Seen(clock) with { State = state.Merge(incoming.State!) };
        }
        else if (_resolver.IncomingWins(current, incoming, order))
        {
            // Report the loser before replacing it: once no store holds it, its id may be reused.
            if (current.Write != CommitLedger.Initial && !incoming.WrittenWith.Dominates(current.WrittenWith))
            {
                Context.Conflicts.RecordLost(current.Write);
            }
            Context.Apply(key, incoming.Write, incoming.Time.WallNanos);
            _versions[key] = incoming.Seen(clock);
        }
        else
        {
            if (!current.WrittenWith.Dominates(incoming.WrittenWith))
            {
                Context.Conflicts.RecordLost(incoming.Write);
            }
            Context.Deliver(incoming.Write);
            _versions[key] = current.Seen(clock);
        }
    }

    private void KeepSibling(int key, KeyVersion incoming)
    {
        var siblings = _siblings.GetValueOrDefault(key);
        if (siblings is not null && siblings.Covers(incoming))
        {
            Context.Deliver(incoming.Write);
            return;
        }
        if (siblings is not null && siblings.ConflictsWith(incoming))
        {
            Context.Conflicts.Record();
        }
        var next = siblings?.With(incoming) ?? Siblings.Of(incoming);
        _siblings[key] = next;
        Context.Apply(key, incoming.Write, incoming.Time.WallNanos);
        var change = (next.Versions.Count > 1 ? 1 : 0) - (siblings?.Versions.Count > 1 ? 1 : 0);
        if (change != 0)
        {
            _keysWithSiblings += change;
            Context.Conflicts.ReportSiblingKeys(_keysWithSiblings);
        }
    }

    private KeyVersion VersionOf(int key) => _versions.GetValueOrDefault(key, _initial);

    private HlcTimestamp Timestamp() => UsesHlc ? _hlc.Now(PhysicalNow()) : new HlcTimestamp(PhysicalNow(), 0);

    /// <summary>The node's physical clock, floored at zero (a clock set behind the epoch at start).</summary>
    private long PhysicalNow() => Math.Max(0, Context.LocalNowNanos);
}
