using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Fencing at the primary: it holds a lease while it has heard, within <c>detect-after</c>, the
/// status of a majority of all nodes (itself included) that follow it at its epoch. Without the
/// lease it stops taking writes. Replicas only elect after missing its heartbeats for longer than
/// that, so a fenced old primary has stopped before a new one starts. Volatile: after a restart
/// the primary holds no lease until a majority is heard again. Each change is an events.csv row
/// and tells the split-brain accounting whether the node takes writes.
/// </summary>
internal sealed class MajorityLease(NodeContext context, SimDuration detectAfter, int majority)
{
    private readonly long[] _heardAt = new long[context.Topology.NodeCount];

    public bool Fenced { get; private set; }

    /// <summary>Treats every node as just heard (at the start, and at a promotion won by a majority's votes).</summary>
    public void Grant()
    {
        Array.Fill(_heardAt, context.LocalNowNanos);
        Fenced = false;
    }

    /// <summary>After a restart nothing has been heard.</summary>
    public void Revoke(int epoch)
    {
        Array.Fill(_heardAt, long.MinValue);
        Fenced = true;
        context.Failover.SetAcceptingWrites(false);
        context.Report("fenced", $"{context.Name} restarted as primary of epoch {epoch}; no writes until it hears a majority");
    }

    /// <summary>A follower's status arrived.</summary>
    public void OnHeard(NodeId follower, int epoch)
    {
        _heardAt[follower.Index] = context.LocalNowNanos;
        context.SetTimer(detectAfter, PrimaryReplicaNode.Tag(TimerKind.Lease, 0));
        Recheck(epoch);
    }

    /// <summary>Recomputes the lease, and reports when the fence went up or down.</summary>
    public void Recheck(int epoch)
    {
        var now = context.LocalNowNanos;
        var heard = 1;
        for (var n = 0; n < _heardAt.Length; n++)
        {
            if (n != context.Node.Index && _heardAt[n] != long.MinValue && now - _heardAt[n] < detectAfter.Nanos)
            {
                heard++;
            }
        }
        var fenced = heard < majority;
        if (fenced == Fenced)
        {
            return;
        }
        Fenced = fenced;
        context.Failover.SetAcceptingWrites(!fenced);
        context.Report(fenced ? "fenced" : "unfenced", fenced
            ? $"{context.Name}: primary of epoch {epoch} has not heard a majority for {detectAfter}; it stops taking writes"
            : $"{context.Name}: primary of epoch {epoch} hears a majority again; it takes writes");
    }
}
