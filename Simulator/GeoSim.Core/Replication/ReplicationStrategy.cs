using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>
/// The behaviour of a replication strategy at one node. It reacts to a client request, a message
/// from another node and a timer it set, and acts only through its <see cref="NodeContext"/>: it
/// never sees the event queue or another node's state.
/// </summary>
/// <remarks>
/// A node can crash (an outage) and recover. Its store and the fields a strategy documents as
/// durable (a log position, an epoch) survive; what it held in memory does not: timers set before
/// the crash never fire, replies it was holding back are never sent, and <see cref="OnCrash"/> is
/// where a strategy forgets such state. Messages of reliable streams sent to it meanwhile are
/// delivered after <see cref="OnRecover"/>; datagrams are lost. What its own streams had sent and
/// not yet delivered is lost with its connections: a receiver sees a gap in the stream.
/// </remarks>
public abstract class ReplicationStrategy(NodeContext context)
{
    protected NodeContext Context { get; } = context;

    /// <summary>The run starts: a strategy sets its first timers here.</summary>
    public virtual void OnStart()
    {
    }

    /// <summary>A client request reached this node (from a client, or forwarded by another node).</summary>
    public abstract void OnClientRequest(in ClientRequest request);

    /// <summary>A message from another node arrived (on its reliable stream, or as a datagram).</summary>
    public abstract void OnMessage(NodeId from, in Message message);

    /// <summary>
    /// What this node holds for <paramref name="key"/>, as a number equal on two nodes exactly when
    /// they hold the same value (for divergence checks). By default, the id of the write held.
    /// </summary>
    public virtual long Digest(int key) => Context.Store.WriteOf(key);

    /// <summary>A timer set with <see cref="NodeContext.SetTimer"/> fired.</summary>
    public virtual void OnTimer(int tag)
    {
    }

    /// <summary>The node crashed: forget volatile state. Nothing may be sent from here.</summary>
    public virtual void OnCrash()
    {
    }

    /// <summary>The node restarted with its durable state: set timers again.</summary>
    public virtual void OnRecover()
    {
    }
}
