using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>
/// Every node's strategy behaviour: it hands each node what reaches it (messages, client
/// requests, its timers), tells it of its crashes and recoveries, and owns the timer event kind.
/// </summary>
internal sealed class Cluster : ITransportReceiver<Message>, IRequestReceiver
{
    /// <summary>How many event kinds, from the base the run gives, this part uses.</summary>
    public const int EventKinds = 1;

    private readonly ReplicationStrategy[] _nodes;
    private readonly Scheduler _scheduler;
    private readonly NodeLifecycle _lifecycle;
    private readonly WriteTracker _writes;
    private readonly int _timerKind;

    public Cluster(StrategySpec strategy, NodeServices services, NodeLifecycle lifecycle, int keys, int timerKind)
    {
        _scheduler = services.Scheduler;
        _lifecycle = lifecycle;
        _writes = services.Writes;
        _timerKind = timerKind;
        _nodes = new ReplicationStrategy[services.Topology.NodeCount];
        for (var n = 0; n < _nodes.Length; n++)
        {
            var store = new VersionedStore(keys, CommitLedger.Initial);
            _nodes[n] = StrategyCatalog.Create(strategy, new NodeContext(services, this, new NodeId(n), store));
        }
    }

    /// <summary>What <paramref name="node"/> holds for <paramref name="key"/> (see <see cref="ReplicationStrategy.Digest"/>).</summary>
    public long Digest(int node, int key) => _nodes[node].Digest(key);

    public void Start()
    {
        foreach (var node in _nodes)
        {
            node.OnStart();
        }
    }

    /// <summary>The timer carries the node's incarnation: one set before a crash finds another and is dropped.</summary>
    public void SetTimer(NodeId node, SimDuration after, int tag) =>
        _scheduler.After(after.Nanos, _timerKind, node.Index, ((long)_lifecycle.Incarnation(node) << 32) | (uint)tag);

    public void Handle(in Event ev)
    {
        if (_lifecycle.IsCurrent(new NodeId(ev.Target), (int)(ev.Data >> 32)))
        {
            _nodes[ev.Target].OnTimer((int)ev.Data);
        }
    }

    /// <summary>A fault changed the nodes: each that crashed forgets, each that recovered restarts.</summary>
    public void OnLifecycleChanged(NodeId node, bool down)
    {
        if (down)
        {
            _nodes[node.Index].OnCrash();
        }
        else
        {
            _nodes[node.Index].OnRecover();
        }
    }

    /// <summary>Told of every chunk of a copy a node installed (a <c>migrate</c>): the node, the class and the chunk.</summary>
    public Action<NodeId, int, int>? CopyInstalled { get; set; }

    /// <summary>Whether <paramref name="node"/> can give a copy of a data class now (see <see cref="ReplicationStrategy.GivesCopies"/>).</summary>
    public bool GivesCopies(NodeId node) => _lifecycle.IsUp(node) && _nodes[node.Index].GivesCopies;

    public int SendCopy(NodeId from, NodeId to, CopyPart part) => _nodes[from.Index].SendCopy(to, part);

    public void OnClassLeft(NodeId node, DataClassSpec dataClass) => _nodes[node.Index].OnClassLeft(dataClass);

    public void OnRequest(NodeId node, in ClientRequest request) => _nodes[node.Index].OnClientRequest(request);

    public void OnDatagram(NodeId from, NodeId to, in Message message) => _nodes[to.Index].OnMessage(from, message);

    /// <summary>A stream message: if the receiver takes its write in now, the hop it took is measured.</summary>
    public void OnStreamMessage(NodeId from, NodeId to, in Message message, long sentAt)
    {
        if (message.Kind == CopyMessage.Kind)
        {
            var copy = CopyMessage.Of(message);
            _nodes[to.Index].OnCopy(from, copy);
            CopyInstalled?.Invoke(to, copy.Class, copy.Chunk);
            return;
        }
        _writes.BeginHop(from, message.Write, sentAt);
        _nodes[to.Index].OnMessage(from, message);
        _writes.EndHop();
    }
}
