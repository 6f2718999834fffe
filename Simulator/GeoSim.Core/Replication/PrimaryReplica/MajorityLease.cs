using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// Fencing at the primary: it holds a lease while it has heard, within <c>detect-after</c>, the
/// status of a majority of all nodes (itself included) that follow it at its epoch. Without the
/// lease it stops taking writes. Replicas only elect after missing its heartbeats for longer than
/// that, so a fenced old primary has stopped before a new one starts. Volatile: after a restart
/// the primary holds no lease until a majority is heard again.
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
    public void Revoke()
    {
        Array.Fill(_heardAt, long.MinValue);
        Fenced = true;
    }

    /// <summary>A follower's status arrived; true when this lifted the fence.</summary>
    public bool OnHeard(NodeId follower)
    {
        _heardAt[follower.Index] = context.LocalNowNanos;
        context.SetTimer(detectAfter, PrimaryReplicaNode.Tag(TimerKind.Lease, 0));
        return Recheck();
    }

    /// <summary>Recomputes the lease; true when the fence went up or down.</summary>
    public bool Recheck()
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
        var changed = fenced != Fenced;
        Fenced = fenced;
        return changed;
    }
}
