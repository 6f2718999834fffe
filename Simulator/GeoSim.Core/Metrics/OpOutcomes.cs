using GeoSim.Core.Checkers;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Metrics;

/// <summary>
/// Judges what clients were told: latencies and availability go to the metrics, each session's
/// replies to the session checker, acknowledged writes to the failover checker and, for strategies
/// that can fail over, to the ledger, which says whether the write had already been abandoned;
/// for strategies that promise linearizable reads, every reply to the linearizability checker.
/// </summary>
internal sealed class OpOutcomes(
    Topology.Topology topology,
    MetricsRecorder metrics,
    SessionChecker sessions,
    FailoverChecker failover,
    CommitLedger ledger,
    bool canFailOver,
    LinearizabilityChecker? linearizability) : IClientObserver
{
    public void OnOpFinished(RegionId clientRegion, OpKind kind, int key, long issuedAt, long now, bool success, ReadOutcome read)
    {
        metrics.OnOpFinished(clientRegion, kind, issuedAt, now, success, read);
        metrics.Migrations?.OnOp(key, issuedAt, success);
    }

    public void OnTierRead(StorageTier tier, long issuedAt, long now, bool success) => metrics.Tiers?.OnRead(tier, issuedAt, now, success);

    public void OnReply(int client, in ClientRequest request, in ClientReply reply, long now)
    {
        if (request.Kind == OpKind.Write)
        {
            sessions.OnWriteAcknowledged(client, request.Session, request.Key, reply.CommitSeq, now);
            failover.OnWriteAcknowledged(reply.From, now);
            linearizability?.OnWriteAcknowledged(request.Key, reply.CommitSeq, now);
            // Only a promotion abandons writes: without failover no acknowledged write can be lost.
            if (canFailOver && ledger.OnAcknowledged(reply.WriteId, reply.CommitSeq, out var origin))
            {
                metrics.OnLostUpdates(topology.RegionOf(origin), 1, now);
            }
        }
        else if (linearizability?.IsViolation(request.Key, reply.CommitSeq, request.IssuedAtNanos) == true)
        {
            metrics.OnLinearizabilityViolation(request.ClientRegion, request.IssuedAtNanos);
        }
        if (request.Kind == OpKind.Read && sessions.OnRead(client, request.Session, request.Key, reply.CommitSeq, request.IssuedAtNanos, now))
        {
            metrics.OnSessionViolation(request.ClientRegion, request.IssuedAtNanos);
        }
    }
}
