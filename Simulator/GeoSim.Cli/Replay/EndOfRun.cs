using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>
/// The closing line: the totals a replay builds up to (availability, the worst lag, failovers,
/// losses, RPO and RTO, split brain, conflicts), each only when the run recorded it. An RTO that
/// never ended says so; failovers that lost nothing acknowledged say that too.
/// </summary>
internal static class EndOfRun
{
    public static ReplayEntry From(RunResult result)
    {
        var parts = new List<string>();
        if (Row(result, MetricNames.Availability) is { Mean: { } availability })
        {
            parts.Add($"availability {ReplayText.Percent(availability)}");
        }
        if (LagHeadline.Of(result) is { WorstMs: > 0 } lag)
        {
            parts.Add($"worst lag {ReplayText.Duration(lag.WorstMs)} ({lag.Scope})");
        }
        AddTotal(parts, result, MetricNames.Failovers, "failover", "failovers");
        AddTotal(parts, result, MetricNames.LostUpdates, "lost update", "lost updates");
        if (Regions(result, MetricNames.Failovers).Any(r => r.Count > 0) && Regions(result, MetricNames.LostUpdates).All(r => r.Count == 0))
        {
            parts.Add("nothing acknowledged lost");
        }
        AddWorst(parts, result, MetricNames.Rpo, "RPO");
        AddWorst(parts, result, MetricNames.Rto, Regions(result, MetricNames.RtoCensored).Any(r => r.Count > 0) ? "never recovered: RTO at least" : "RTO");
        AddWorst(parts, result, MetricNames.SplitBrain, "split brain");
        AddTotal(parts, result, MetricNames.Conflicts, "conflict", "conflicts");
        var text = parts.Count > 0 ? $"end of run: {string.Join(", ", parts)}" : "end of run";
        return new(result.SimulatedSeconds, ReplayTone.Note, "end", text);
    }

    /// <summary>"954 lost updates (us-east-1 954)": the total and each region that contributed.</summary>
    private static void AddTotal(List<string> parts, RunResult result, string metric, string one, string many)
    {
        var rows = Regions(result, metric).Where(r => r.Count > 0).ToList();
        if (rows.Count > 0)
        {
            var byRegion = string.Join(", ", rows.Select(r => $"{r.Scope} {ReplayText.Count(r.Count)}"));
            parts.Add($"{ReplayText.Count(rows.Sum(r => r.Count), one, many)} ({byRegion})");
        }
    }

    /// <summary>"RPO 10.2 s": the worst value of a metric in seconds over every region.</summary>
    private static void AddWorst(List<string> parts, RunResult result, string metric, string name)
    {
        var worst = Regions(result, metric).Select(r => r.Max).Max();
        if (worst is { } seconds)
        {
            parts.Add($"{name} {ReplayText.Duration(seconds * 1000)}");
        }
    }

    private static IEnumerable<SummaryRow> Regions(RunResult result, string metric) =>
        result.Summary.Where(r => r.Metric == metric && r.Scope != MetricNames.AllScope);

    private static SummaryRow? Row(RunResult result, string metric) =>
        result.Summary.FirstOrDefault(r => r.Metric == metric && r.Scope == MetricNames.AllScope);
}
