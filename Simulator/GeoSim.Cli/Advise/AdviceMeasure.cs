using GeoSim.Cli.Sweep;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Advise;

/// <summary>
/// What one number of a run means for a target or an objective: a summary metric's statistic,
/// taken over its scopes. A count (bytes, lost updates...) is the total over its scopes, and a
/// count the run did not report is 0 (a count row exists only where something can be counted).
/// Any other metric is its <c>all</c> scope, or the worst of its scopes when it has no
/// <c>all</c> (the highest when lower is better); or the one scope named with <c>@scope</c>.
/// </summary>
/// <param name="HigherIsWorse">Which way "worst" points when scopes are combined.</param>
internal sealed record AdviceMeasure(string Metric, string Statistic, string? Scope, bool HigherIsWorse)
{
    /// <summary>The metrics whose only statistic is <c>count</c>, a total.</summary>
    public static readonly string[] Counts =
    [
        MetricNames.CrossRegionBytes, MetricNames.CrossRegionMessages, MetricNames.Conflicts, MetricNames.LostUpdates,
        MetricNames.SessionViolations, MetricNames.Failovers, MetricNames.ReplicationLagCensored, MetricNames.RtoCensored,
    ];

    public bool IsCount => Counts.Contains(Metric);

    /// <summary>"lost_updates.count" or "write_latency_ms.p99@eu-west-1".</summary>
    public string Name => $"{Metric}.{Statistic}{(Scope is null ? "" : "@" + Scope)}";

    /// <summary>This run's number, or null when the run did not measure it.</summary>
    public double? Of(RunRows rows)
    {
        var values = rows.Values.Where(v => v.Metric == Metric && v.Statistic == Statistic && (Scope is null || v.Scope == Scope)).ToList();
        if (IsCount)
        {
            return values.Sum(v => SampleSummary.Parse(v.Text));
        }
        if (Scope is null && values.FirstOrDefault(v => v.Scope == MetricNames.AllScope) is { } all)
        {
            return SampleSummary.Parse(all.Text);
        }
        if (values.Count == 0)
        {
            return null;
        }
        var numbers = values.Select(v => SampleSummary.Parse(v.Text)).ToList();
        return HigherIsWorse ? numbers.Max() : numbers.Min();
    }
}
