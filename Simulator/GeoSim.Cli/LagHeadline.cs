using GeoSim.Cli.Replay;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli;

/// <summary>
/// The lag a headline shows: the worse of the worst pair's replication_lag_ms p99 and the worst
/// region's replica_behind_ms max, so a replica that stopped applying cannot hide behind the fast
/// writes of the others.
/// </summary>
internal sealed record LagHeadline(double WorstMs, string Scope, double? LagP99Ms, string? LagPair, double? BehindMaxMs, string? BehindRegion, long Censored)
{
    public static LagHeadline? Of(RunResult result)
    {
        var lag = result.Summary.Where(r => r.Metric == MetricNames.ReplicationLag).MaxBy(r => r.P99);
        var behind = result.Summary.Where(r => r.Metric == MetricNames.ReplicaBehind).MaxBy(r => r.Max);
        if (lag is null && behind is null)
        {
            return null;
        }
        var censored = result.Summary.Where(r => r.Metric == MetricNames.ReplicationLagCensored).Sum(r => r.Count);
        var lagMs = lag?.P99 ?? 0;
        var behindMs = behind?.Max ?? 0;
        // Replica-behind leads when it is worse, or when no write was ever replicated (no lag rows).
        return lag is null || behindMs > lagMs
            ? new(behindMs, $"{behind!.Scope} behind", lag?.P99, lag?.Scope, behind.Max, behind.Scope, censored)
            : new(lagMs, lag.Scope, lag.P99, lag.Scope, behind?.Max, behind?.Scope, censored);
    }

    /// <summary>"p99 40.0 ms (worst pair a->b); b fell 60.0 s behind; 6,001 writes never applied".</summary>
    public string Text()
    {
        var parts = new List<string>();
        if (LagP99Ms is { } p99)
        {
            parts.Add($"p99 {Readable(p99)} (worst pair {LagPair})");
        }
        if (BehindMaxMs is { } behind && behind > (LagP99Ms ?? 0))
        {
            parts.Add($"{BehindRegion} fell {ReplayText.Duration(behind)} behind");
        }
        if (Censored > 0)
        {
            parts.Add($"{ReplayText.Count(Censored, "write", "writes")} not applied by the end");
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "none (no write was replicated)";
    }

    /// <summary>Milliseconds below 10 s ("115.0 ms"), seconds, minutes or hours above ("2.3 min").</summary>
    public static string Readable(double milliseconds) =>
        milliseconds < 10_000 ? RunReport.Ms(milliseconds) : ReplayText.Duration(milliseconds);
}
