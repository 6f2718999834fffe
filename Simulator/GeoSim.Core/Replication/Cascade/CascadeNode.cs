using GeoSim.Core.Engine;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>
/// Cascade replication: the head commits every write, acknowledges it and sends it to its
/// children; every relay applies what it receives and passes it on, in order. Reads are served
/// by the node the client reached, so a region far down the tree reads older data. With
/// <c>reparent-after</c>, a relay that stops hearing its parent's heartbeats asks its
/// grandparent to adopt it, takes a snapshot from it and follows it from then on.
/// </summary>
internal sealed class CascadeNode : ReplicationStrategy
{
    private const int Tick = 1;
    private static readonly SimDuration TickEvery = SimDuration.FromSeconds(1);

    private readonly CascadeTree _tree;
    private readonly List<NodeId> _children;
    private readonly long _reparentAfterNanos;
    private NodeId? _parent;
    private long _position;
    private long _lastHeardNanos;
    private bool _awaitingSnapshot;

    public CascadeNode(NodeContext context, CascadeSpec spec) : base(context)
    {
        _tree = new CascadeTree(spec, context.Topology);
        _children = [.. _tree.ChildrenOf(context.Node)];
        _parent = _tree.ParentOf(context.Node);
        _reparentAfterNanos = spec.ReparentAfter?.Nanos ?? 0;
    }

    private bool Reparents => _reparentAfterNanos > 0;

    public override void OnStart()
    {
        if (Reparents)
        {
            _lastHeardNanos = Context.LocalNowNanos;
            Context.SetTimer(TickEvery, Tick);
        }
    }

    public override void OnRecover() => OnStart();

    public override void OnClientRequest(in ClientRequest request)
    {
        if (request.Kind == OpKind.Read)
        {
            Context.ReplyRead(request, _position);
        }
        else if (Context.Node != _tree.Head)
        {
            Context.Forward(_tree.Head, request);
        }
        else
        {
            var write = Context.CommitWrite(request.Key, ++_position);
            Context.ReplyWrite(request, write, _position);
            Relay(new ReplicateMessage(request.Key, write.Id, _position).ToWire(Context.ValueSizeBytes));
        }
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        switch (message.Kind)
        {
            // A former parent that comes back keeps sending; only the current parent's stream counts.
            case ReplicateMessage.Kind when from == _parent:
                _lastHeardNanos = Context.LocalNowNanos;
                Receive(from, message);
                break;
            case ControlMessage.Heartbeat when from == _parent:
                _lastHeardNanos = Context.LocalNowNanos;
                break;
            case ControlMessage.Adopt:
                AdoptChild(from);
                break;
            case SnapshotMessage.Kind:
                FollowFromSnapshot(from, SnapshotMessage.Of(message));
                break;
        }
    }

    public override void OnTimer(int tag)
    {
        foreach (var child in _children)
        {
            Context.SendDatagram(child, ControlMessage.Of(ControlMessage.Heartbeat));
        }
        if (_parent is { } parent && _tree.ParentOf(parent) is { } grandparent
            && Context.LocalNowNanos - _lastHeardNanos > _reparentAfterNanos)
        {
            // Ask again only after another silent period if this request gets no answer.
            _lastHeardNanos = Context.LocalNowNanos;
            Context.SendDatagram(grandparent, ControlMessage.Of(ControlMessage.Adopt));
        }
        Context.SetTimer(TickEvery, Tick);
    }

    /// <summary>
    /// Applies the next write of the stream. A gap means the parent crashed with writes still on
    /// the wire: ask it for a snapshot and skip what comes until the snapshot arrives.
    /// </summary>
    private void Receive(NodeId from, in Message message)
    {
        var entry = ReplicateMessage.Of(message);
        if (entry.Position <= _position || _awaitingSnapshot)
        {
            return;
        }
        if (entry.Position != _position + 1)
        {
            _awaitingSnapshot = true;
            Context.Send(from, ControlMessage.Of(ControlMessage.Adopt));
            return;
        }
        Context.Apply(entry.Key, entry.Write, entry.Position);
        _position = entry.Position;
        Relay(message);
    }

    private void AdoptChild(NodeId child)
    {
        if (!_children.Contains(child))
        {
            _children.Add(child);
            Context.Report("reparent", $"{Context.Topology.NodeName(child)} now follows {Context.Name}");
        }
        SendSnapshot(child);
    }

    /// <summary>Installs a snapshot from the new parent, and passes it down: the subtree skips the same writes.</summary>
    private void FollowFromSnapshot(NodeId from, in SnapshotMessage snapshot)
    {
        Context.InstallSnapshot(snapshot.Handle);
        _awaitingSnapshot = false;
        _parent = from;
        _position = snapshot.Position;
        _lastHeardNanos = Context.LocalNowNanos;
        foreach (var child in _children)
        {
            SendSnapshot(child);
        }
    }

    private void SendSnapshot(NodeId to) =>
        Context.Send(to, new SnapshotMessage(Context.CaptureSnapshot(), _position).ToWire(Context.SnapshotBytes));

    private void Relay(in Message message)
    {
        foreach (var child in _children)
        {
            Context.Send(child, message);
        }
    }
}
