namespace GeoSim.Core.Metrics;

/// <summary>The metric names of SCENARIO-FORMAT.md (the <c>metric</c> column).</summary>
public static class MetricNames
{
    public const string WriteLatency = "write_latency_ms";
    public const string ReadLatency = "read_latency_ms";
    public const string ReplicationLag = "replication_lag_ms";

    /// <summary>Series only: the p50 and p99 of the latencies of the ops issued in each interval.</summary>
    public const string WriteLatencyP50 = "write_latency_p50_ms";
    public const string WriteLatencyP99 = "write_latency_p99_ms";
    public const string ReadLatencyP50 = "read_latency_p50_ms";
    public const string ReadLatencyP99 = "read_latency_p99_ms";

    /// <summary>Series only: ops issued per second of each interval that were answered in time, and that timed out.</summary>
    public const string WritesOkPerSecond = "writes_ok_per_s";
    public const string WritesTimedOutPerSecond = "writes_timed_out_per_s";
    public const string ReadsOkPerSecond = "reads_ok_per_s";
    public const string ReadsTimedOutPerSecond = "reads_timed_out_per_s";

    /// <summary>Writes not applied at a destination by the end of the run: in replication_lag_ms at their age at the end.</summary>
    public const string ReplicationLagCensored = "replication_lag_censored";
    public const string ReplicaBehind = "replica_behind_ms";
    public const string ReadStaleness = "read_staleness_ms";
    public const string StaleReadRatio = "stale_read_ratio";

    /// <summary>k-staleness: the share of successful reads that returned one of the k newest versions of their key.</summary>
    public static string InLastVersions(int k) => $"p_in_last_{k}_versions";
    public const string Availability = "availability";
    public const string WriteAvailability = "write_availability";
    public const string ReadAvailability = "read_availability";
    public const string CrossRegionBytes = "cross_region_bytes";
    public const string CrossRegionMessages = "cross_region_messages";

    /// <summary>Cross-region bytes at the sending region's egress price, USD.</summary>
    public const string EgressUsd = "egress_usd";

    /// <summary>The run's egress bill projected to a 30-day month at its measured rate, USD.</summary>
    public const string EgressUsdPerMonth = "egress_usd_per_month";
    /// <summary>Read latency by storage tier of the key read (hot: served by the strategy).</summary>
    public const string TierReadLatency = "tier_read_latency_ms";

    /// <summary>The share of reads whose key was in a storage tier.</summary>
    public const string TierReadShare = "tier_read_share";

    /// <summary>What a storage tier holds: its keys × value size × its copies, GB.</summary>
    public const string StorageGb = "storage_gb";

    /// <summary>A storage tier's GB at its price per GB-month, USD.</summary>
    public const string StorageUsdPerMonth = "storage_usd_per_month";

    /// <summary>Values of a data class taken in at a node outside its residency (committed, applied or by snapshot).</summary>
    public const string ResidencyViolations = "residency_violations";

    /// <summary>A <c>migrate</c>'s copies of its class to the joining nodes, bytes on the wire.</summary>
    public const string MigrationBytes = "migration_bytes";

    /// <summary>A <c>migrate</c>'s time from its start to its cut-over, s.</summary>
    public const string MigrationSeconds = "migration_s";

    /// <summary>The share of ops on a migrating class's keys, issued from the start to the cut-over, answered in time.</summary>
    public const string MigrationAvailability = "migration_availability";

    /// <summary>Ops on a migrating class's keys, issued from the start to the cut-over, that timed out.</summary>
    public const string MigrationTimedOutOps = "migration_timed_out_ops";

    /// <summary>A federated query's latency: its slowest region's request, scan, transfer and reply.</summary>
    public const string QueryLatency = "query_latency_ms";

    /// <summary>The share of federated queries complete within their timeout.</summary>
    public const string QueryAvailability = "query_availability";

    /// <summary>Cross-region bytes a federated query put on the wire (requests and rows moved).</summary>
    public const string QueryBytes = "query_bytes";

    /// <summary>A federated query's cross-region bytes at the sending region's egress price, USD.</summary>
    public const string QueryEgressUsd = "query_egress_usd";

    /// <summary>query_egress_usd projected to a 30-day month at the measured rate, USD.</summary>
    public const string QueryEgressUsdPerMonth = "query_egress_usd_per_month";
    public const string HopLag = "hop_lag_ms";
    public const string ClockOffset = "clock_offset_ms";
    public const string Conflicts = "conflicts";
    public const string LostUpdates = "lost_updates";

    /// <summary>Log entries a node applied that differ from the entry another node applied at the same index (Raft's State Machine Safety broken).</summary>
    public const string LogConflicts = "log_conflicts";
    public const string DivergentKeys = "divergent_keys";
    public const string SiblingKeys = "sibling_keys";
    public const string Convergence = "convergence_s";
    public const string SessionViolations = "session_violations";

    /// <summary>Reads that returned a value older than a write of their key acknowledged before they were issued (strategies that promise linearizable reads).</summary>
    public const string LinearizabilityViolations = "linearizability_violations";
    public const string Failovers = "failovers";
    public const string Rto = "rto_s";

    /// <summary>Failovers whose recovery had not come by the end of the run (their rto_s runs to the end).</summary>
    public const string RtoCensored = "rto_censored";
    public const string Rpo = "rpo_s";
    public const string SplitBrain = "split_brain_s";

    /// <summary>Probe reads started at the instant their write was acknowledged that returned it or newer (t-visibility at t = 0).</summary>
    public const string PConsistentAt0 = "p_consistent_at_0";

    /// <summary>The smallest delay after the acknowledgement at which 99.9 % of probe reads are consistent.</summary>
    public const string TVisibility999 = "t_visibility_999_ms";

    /// <summary>No probed delay reached 99.9 %: t_visibility_999_ms is the largest delay probed, a lower bound.</summary>
    public const string TVisibilityCensored = "t_visibility_censored";

    /// <summary>Replicas brought up to date by a read that saw them answer with an older version.</summary>
    public const string ReadRepairs = "read_repairs";

    /// <summary>Writes held for an unreachable replica and delivered to it later (hinted handoff).</summary>
    public const string HintsReplayed = "hints_replayed";

    /// <summary>Keys a replica brought up to date in a periodic exchange with another replica.</summary>
    public const string AntiEntropyRepairs = "anti_entropy_repairs";

    /// <summary>Consensus: from the last word a new leader had of the previous one to its election.</summary>
    public const string Election = "election_s";

    /// <summary>Consensus lease reads: from the expiry of the last lease a new leader's voters had seen to its own first lease.</summary>
    public const string LeaseUnavailable = "lease_unavailable_s";

    /// <summary>Consensus follower reads: how old the closed timestamp a replica served at was.</summary>
    public const string FollowerReadStaleness = "follower_read_staleness_ms";

    /// <summary>The scope that aggregates every client region.</summary>
    public const string AllScope = "all";
}
