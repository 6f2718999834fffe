using GeoSim.Core.Spec;
using GeoSim.Core.Engine;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>Where a read that enters at this node is served, by <c>read-from</c>, from what this node knows.</summary>
internal sealed class ReadRouter(NodeContext context, ReadFrom readFrom, SimDuration maxStaleness, LagView lag, Func<NodeId, bool> isWitness)
{
    /// <summary>
    /// True when reads are sent on to replicas (nearest, least-lag): a replica that receives one serves
    /// it. Otherwise a forwarded read is meant for the primary and goes on to the one this node knows.
    /// </summary>
    public bool ForwardsToReplicas => readFrom is ReadFrom.Nearest or ReadFrom.LeastLag;

    /// <summary>The node that should serve a read entering here, given the primary this node knows.</summary>
    public NodeId Route(in ClientRequest request, NodeId primary)
    {
        var local = context.Region == request.ClientRegion;
        return readFrom switch
        {
            ReadFrom.Primary => primary,
            ReadFrom.Nearest => Nearest(request.ClientRegion),
            ReadFrom.LeastLag => LeastLag(request.ClientRegion, primary),
            ReadFrom.Bounded => local && (context.Node == primary || lag.OwnLagNanos <= maxStaleness.Nanos) ? context.Node : primary,
            // A client whose region has no replica reads from the primary.
            _ => local ? context.Node : primary,
        };
    }

    /// <summary>The node with the lowest configured mean latency from the client's region; this node on a tie.</summary>
    private NodeId Nearest(RegionId clientRegion)
    {
        var best = context.Node;
        var bestLatency = context.MeanLatencyNanos(clientRegion, context.Region);
        var topology = context.Topology;
        for (var n = 0; n < topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            var latency = context.MeanLatencyNanos(clientRegion, topology.RegionOf(node));
            if (latency < bestLatency && !isWitness(node))
            {
                (best, bestLatency) = (node, latency);
            }
        }
        return best;
    }

    /// <summary>The replica with the lowest lag this node knows of; ties go to the nearest, then the lowest index.</summary>
    private NodeId LeastLag(RegionId clientRegion, NodeId primary)
    {
        var best = primary;
        var bestLag = long.MaxValue;
        var bestLatency = double.MaxValue;
        var topology = context.Topology;
        for (var n = 0; n < topology.NodeCount; n++)
        {
            var node = new NodeId(n);
            if (node == primary || isWitness(node))
            {
                continue;
            }
            var nodeLag = lag.PeerLagNanos(node);
            var latency = context.MeanLatencyNanos(clientRegion, topology.RegionOf(node));
            if (nodeLag < bestLag || (nodeLag == bestLag && nodeLag != long.MaxValue && latency < bestLatency))
            {
                (best, bestLag, bestLatency) = (node, nodeLag, latency);
            }
        }
        return best;
    }
}
