using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Primary-replica with asynchronous replication: the primary orders every write in its log,
/// acknowledges it at once and streams it to every replica; reads go where <c>read-from</c> says.
/// </summary>
public sealed class PrimaryReplicaNode : ReplicationStrategy
{
    private const int Replicate = 1;

    private readonly PrimaryReplicaSpec _spec;
    private readonly NodeId _primary;
    private long _logPosition;

    public PrimaryReplicaNode(NodeContext context, PrimaryReplicaSpec spec) : base(context)
    {
        _spec = spec;
        _primary = context.Topology.NodeIn(context.Topology.Region(spec.Primary), 0);
    }

    private bool IsPrimary => Context.Node == _primary;

    public override void OnClientRequest(in ClientRequest request)
    {
        if (request.Kind == OpKind.Write)
        {
            if (IsPrimary)
            {
                CommitAndStream(request);
            }
            else
            {
                Context.Forward(_primary, request);
            }
            return;
        }
        var server = _spec.ReadFrom switch
        {
            ReadFrom.Primary => _primary,
            ReadFrom.Nearest => Nearest(request.ClientRegion),
            // A client whose region has no replica reads from the primary.
            _ => Context.Region == request.ClientRegion ? Context.Node : _primary,
        };
        if (server == Context.Node)
        {
            Context.ReplyRead(request);
        }
        else
        {
            Context.Forward(server, request);
        }
    }

    /// <summary>The node with the lowest configured mean latency from the client's region; this node on a tie.</summary>
    private NodeId Nearest(RegionId clientRegion)
    {
        var best = Context.Node;
        var bestLatency = Context.MeanLatencyNanos(clientRegion, Context.Region);
        var topology = Context.Topology;
        for (var n = 0; n < topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            var latency = Context.MeanLatencyNanos(clientRegion, topology.RegionOf(node));
            if (latency < bestLatency)
            {
                (best, bestLatency) = (node, latency);
            }
        }
        return best;
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        if (message.Kind == Replicate)
        {
            Context.Apply(message.Key, message.Write, message.Version);
        }
    }

    private void CommitAndStream(in ClientRequest request)
    {
        var position = ++_logPosition;
        var write = Context.CommitWrite(request.Key, position);
        Context.ReplyWrite(request);
        var message = new Message(Replicate, request.Key, write, position, Context.ValueSizeBytes);
        for (var n = 0; n < Context.Topology.NodeCount; n++)
        {
            if (n != Context.Node.Index)
            {
                Context.Send(new NodeId(n), message);
            }
        }
    }
}
