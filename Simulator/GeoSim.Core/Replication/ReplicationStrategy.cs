using GeoSim.Core.Spec;
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

    /// <summary>
    /// What this node holds for <paramref name="key"/>, as a number equal on two nodes exactly when
    /// they hold the same value (for divergence checks). By default, the id of the write held.
    /// </summary>
    public virtual long Digest(int key) => Context.Store.WriteOf(key);

    /// <summary>
    /// Whether this node can give a copy of a data class to a node joining the class's regions (a
    /// <c>migrate</c>): it has every write of the class, or hands on those it receives later.
    /// Strategies that do not move classes give none.
    /// </summary>
    public virtual bool GivesCopies => false;

    /// <summary>Sends <paramref name="to"/> one chunk of a copy of a data class's values held here; returns the bytes sent.</summary>
    internal virtual int SendCopy(NodeId to, CopyPart part) => Context.SendCopy(to, part, null);

    /// <summary>A copy arrived: by default the store takes every value newer than its own.</summary>
    internal virtual void OnCopy(NodeId from, in CopyMessage copy) => Context.MergeCopy(copy.Handle);

    /// <summary>Class <paramref name="dataClass"/> no longer includes this node's region: its values here are dropped.</summary>
    internal virtual void OnClassLeft(DataClassSpec dataClass)
    {
        for (var key = dataClass.FirstKey; key < dataClass.EndKey; key++)
        {
            Context.Drop(key);
        }
        Context.Release(dataClass);
    }
}
