using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication;

/// <summary>
/// The behaviour of a replication strategy at one node. It reacts to a client request and to a
/// message from another node, and acts only through its <see cref="NodeContext"/>: it never sees
/// the event queue or another node's state.
/// </summary>
public abstract class ReplicationStrategy(NodeContext context)
{
    protected NodeContext Context { get; } = context;

    /// <summary>A client request reached this node (from a client, or forwarded by another node).</summary>
    public abstract void OnClientRequest(in ClientRequest request);

    /// <summary>A message from another node arrived on its reliable stream.</summary>
    public abstract void OnMessage(NodeId from, in Message message);

    /// <summary>
    /// What this node holds for <paramref name="key"/>, as a number equal on two nodes exactly when
    /// they hold the same value (for divergence checks). By default, the id of the write held.
    /// </summary>
    public virtual long Digest(int key) => Context.Store.WriteOf(key);
}
