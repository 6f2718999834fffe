using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Storage;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>
/// Exactly what a strategy may use at its node: who and where it is, its store, its clock, the
/// network, timers, and the replies to clients. Everything it does passes through here, which is
/// also where the metrics and the checkers observe it.
/// </summary>
public sealed class NodeContext
{
    private readonly NodeServices _world;
    private readonly Cluster _cluster;

    internal NodeContext(NodeServices world, Cluster cluster, NodeId node, VersionedStore store)
    {
        _world = world;
        _cluster = cluster;
        Node = node;
        Store = store;
        Region = world.Topology.RegionOf(node);
        Name = world.Topology.NodeName(node);
        Failover = new FailoverHooks(world.Failover, node);
        Conflicts = new ConflictHooks(world.Metrics, world.Ledger, world.Topology, () => world.Scheduler.Now, node);
        Random = world.Streams.Get($"strategy/{node.Index}");
        Measures = new StrategyMeasures(world.Metrics, cluster, world.Topology, () => world.Scheduler.Now, node, world.Streams.Get($"probes/{node.Index}"));
    }

    private long Now => _world.Scheduler.Now;

    public NodeId Node { get; }
    public RegionId Region { get; }
    public Topology.Topology Topology => _world.Topology;

    /// <summary>"region/i", as faults name a node.</summary>
    public string Name { get; }

    /// <summary>This node's store (read it here; change it through <see cref="Apply"/>).</summary>
    public VersionedStore Store { get; }

    /// <summary>This node's physical clock reading now (skewed, drifting; it may step backward), in nanoseconds.</summary>
    public long LocalNowNanos => _world.Clocks[Node.Index].Read(Now);

    /// <summary>Bytes of one value on the wire.</summary>
    public int ValueSizeBytes => _world.ValueSizeBytes;

    /// <summary>Mean one-way latency between two regions, as configured (what an operator knows of the network).</summary>
    public double MeanLatencyNanos(RegionId from, RegionId to) => _world.Network.MeanLatencyNanos(from, to);

    /// <summary>Sends on the reliable, ordered stream to another node (held through partitions and outages).</summary>
    public void Send(NodeId to, in Message message) => _world.Transport.Send(Node, to, message, message.SizeBytes);

    /// <summary>Sends a datagram to another node: lost across a partition, to a crashed node, or by the link's loss.</summary>
    public void SendDatagram(NodeId to, in Message message) => _world.Transport.SendDatagram(Node, to, message, message.SizeBytes);

    /// <summary>Passes a client request on to another node (a datagram: it may be lost and time out).</summary>
    public void Forward(NodeId to, in ClientRequest request) => _world.Clients.Forward(Node, to, request);

    /// <summary>Calls <see cref="ReplicationStrategy.OnTimer"/> with <paramref name="tag"/> after <paramref name="after"/>, unless the node crashes first.</summary>
    public void SetTimer(SimDuration after, int tag) => _cluster.SetTimer(Node, after, tag);

    /// <summary>Accepts a new write of <paramref name="key"/> here and applies it.</summary>
    public WriteRef CommitWrite(int key, long version) => _world.Writes.Commit(Node, Store, key, version);

    /// <summary>The same, for a strategy that keeps each key's data class in its regions: only the nodes there are expected to hold it.</summary>
    public WriteRef CommitWriteInResidency(int key, long version) => _world.Writes.Commit(Node, Store, key, version, Residency.HoldersOf(key));

    /// <summary>The same for a write only the nodes in its key's residency hold.</summary>
    public WriteRef CommitInResidency(int key) => _world.Writes.Commit(Node, key, Residency.HoldersOf(key));

    /// <summary>Where each key's data class may be held (<c>data-classes:</c>).</summary>
    public Residency Residency => _world.Residency;

    /// <summary>The data node nearest this one (by mean latency, then index) that serves <paramref name="key"/>.</summary>
    public NodeId NearestHolderOf(int key)
    {
        var best = Node;
        var bestNanos = double.MaxValue;
        for (var n = 0; n < Topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            if (!_world.Ledger.HoldsData(node) || !Residency.Serves(key, node))
            {
                continue;
            }
            var nanos = MeanLatencyNanos(Region, Topology.RegionOf(node));
            if (nanos < bestNanos)
            {
                (best, bestNanos) = (node, nanos);
            }
        }
        return best;
    }

    /// <summary>Accepts a new write of <paramref name="key"/> here without applying it yet (call Apply or Deliver next).</summary>
    public WriteRef Commit(int key) => _world.Writes.Commit(Node, key);

    /// <summary>The same, for a write only <paramref name="holders"/> are to hold (the replicas of its key; see <see cref="CommitLedger.HolderSet"/>): no other node is waited for.</summary>
    public WriteRef Commit(int key, ulong[] holders) => _world.Writes.Commit(Node, key, holders);

    /// <summary>This node applied log entry <paramref name="index"/> of <paramref name="term"/>, carrying the write of commit sequence <paramref name="commitSeq"/> (-1: none), for the log audit.</summary>
    public void AuditLog(long index, int term, long commitSeq) => _world.Metrics.Log.OnApplied(Node.Index, index, term, commitSeq);

    /// <summary>Applies a write (committed here or elsewhere) to this node's store.</summary>
    public void Apply(int key, int write, long version) => _world.Writes.Apply(Node, Store, key, write, version);

    /// <summary>
    /// Applies a version that supersedes every older one of its key (a last-writer-wins store
    /// repaired to the newest): older writes of the key this node missed count as taken in too.
    /// </summary>
    public void ApplyNewest(int key, int write, long version) => _world.Writes.ApplyNewest(Node, Store, key, write, version);

    /// <summary>Takes a write in without storing it (it lost to the version already held).</summary>
    public void Deliver(int write) => _world.Writes.Deliver(Node, write);

    /// <summary>
    /// The same for a write that may have been taken in here before: when its id was freed since
    /// (applied everywhere, superseded), it is a repeat and changes nothing.
    /// </summary>
    public void Deliver(WriteRef write)
    {
        if (_world.Ledger.IsLive(write) && write.Id != CommitLedger.Initial)
        {
            _world.Writes.Deliver(Node, write.Id);
        }
    }

    /// <summary>Acknowledges a client's write; <paramref name="position"/> is what the client keeps as its session token.</summary>
    public void ReplyWrite(in ClientRequest request, WriteRef write, long position) =>
        _world.Clients.Reply(request, new ClientReply(Node, default, write.Id, write.CommitSeq, position), Network.ControlMessageBytes);

    /// <summary>Answers a client's read from this node's store; <paramref name="position"/> is how much of the log the answer reflects.</summary>
    public void ReplyRead(in ClientRequest request, long position)
    {
        var write = Store.WriteOf(request.Key);
        var outcome = _world.Ledger.JudgeRead(request.Key, write, Now, out var commitSeq);
        _world.Clients.Reply(request, new ClientReply(Node, outcome, write, commitSeq, position), _world.ValueSizeBytes);
    }

    /// <summary>
    /// Answers a client's read with <paramref name="read"/>, a write this node learnt of from
    /// others (a quorum coordinator's newest answer), judged now.
    /// </summary>
    public void ReplyRead(in ClientRequest request, WriteRef read, long position)
    {
        var outcome = _world.Ledger.JudgeRead(request.Key, read, Now);
        _world.Clients.Reply(request, new ClientReply(Node, outcome, read.Id, read.CommitSeq, position), _world.ValueSizeBytes);
    }

    /// <summary>This node's own random stream (independent of every other part's draws).</summary>
    public RandomStream Random { get; }

    /// <summary>Counts of the strategy's own work, and t-visibility probe reads.</summary>
    public StrategyMeasures Measures { get; }

    /// <summary>A row of events.csv, scoped to this node's region.</summary>
    public void Report(string kind, string detail)
    {
        _world.Events.Add(Now, kind, Topology.RegionName(Region), detail);
        _world.Trace?.OnNodeEvent(Node, Now, kind, detail);
    }

    /// <summary>For the trace: this node campaigns or announces itself in election <paramref name="what"/> <paramref name="number"/> (an epoch, a term).</summary>
    public void TraceElectionStart(string what, long number) => _world.Trace?.OnElectionStart(Node, Now, what, number);

    /// <summary>For the trace: this node's election, if any, is over.</summary>
    public void TraceElectionEnd(string outcome) => _world.Trace?.OnElectionEnd(Node, Now, outcome);

    /// <summary>For strategies that fail over: promotions and who accepts writes.</summary>
    public FailoverHooks Failover { get; }

    /// <summary>For strategies that settle concurrent writes: conflicts, siblings, writes lost to resolution.</summary>
    public ConflictHooks Conflicts { get; }

    /// <summary>Bytes of a copy of the whole store on the wire.</summary>
    public int SnapshotBytes => (int)Math.Min(int.MaxValue, (long)Store.Keys * _world.ValueSizeBytes);

    /// <summary>Copies this node's store to send to another node; the handle travels in a message.</summary>
    public int CaptureSnapshot() => _world.Writes.CaptureSnapshot(Node, Store);

    /// <summary>A snapshot for <paramref name="receiver"/>: keys it may not hold (<see cref="Residency"/>) are left out.</summary>
    public int CaptureSnapshotFor(NodeId receiver) => _world.Writes.CaptureSnapshot(Node, Store, key => Residency.MayHold(key, receiver));

    /// <summary>Replaces this node's store with a snapshot another node captured.</summary>
    public void InstallSnapshot(int handle) => _world.Writes.InstallSnapshot(Node, Store, handle);

    /// <summary>
    /// Sends <paramref name="to"/>, joining the regions of a data class, one chunk of a copy of
    /// this node's values of the class, with the strategy's <paramref name="state"/> for them: a
    /// value's bytes for every key of the chunk (a key never written in the run holds its initial
    /// value, which is copied too) and a header. Returns the bytes sent.
    /// </summary>
    internal int SendCopy(NodeId to, CopyPart part, object? state)
    {
        var values = (long)(part.Keys.EndKey - part.Keys.FirstKey);
        var handle = _world.Writes.CaptureRange(Store, part.Keys.FirstKey, part.Keys.EndKey);
        var bytes = (int)Math.Min(int.MaxValue, Network.ControlMessageBytes + values * _world.ValueSizeBytes);
        Send(to, new CopyMessage(handle, part.Class, part.Chunk, state).ToWire(bytes));
        return bytes;
    }

    /// <summary>Takes every value of a copy newer than this node's own.</summary>
    public void MergeCopy(int handle) => _world.Writes.MergeSnapshot(Node, Store, handle);

    /// <summary>Drops this node's value of <paramref name="key"/>: its data class left the node's region.</summary>
    public void Drop(int key) => _world.Writes.Drop(Store, key);

    /// <summary>This node no longer holds data class <paramref name="dataClass"/>: the writes of it still on their way here are not waited for.</summary>
    public void Release(DataClassSpec dataClass) => _world.Writes.Release(Node, dataClass.FirstKey, dataClass.EndKey);

    /// <summary>Drops a snapshot that arrived too late to be installed.</summary>
    public void DiscardSnapshot(int handle) => _world.Writes.DiscardSnapshot(handle);
}
