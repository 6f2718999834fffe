using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>The closing line: the totals a replay builds up to (availability, losses, conflicts).</summary>
internal static class EndOfRun
{
    public static ReplayEntry From(RunResult result)
    {
        var parts = new List<string>();
        if (Row(result, MetricNames.Availability, MetricNames.AllScope) is { Mean: { } availability })
        {
            parts.Add($"availability {ReplayText.Percent(availability)}");
        }
        AddTotal(parts, result, MetricNames.LostUpdates, "lost updates");
        AddTotal(parts, result, MetricNames.Conflicts, "conflicts");
        var text = parts.Count > 0 ? $"end of run: {string.Join(", ", parts)}" : "end of run";
        return new(result.SimulatedSeconds, ReplayTone.Note, "end", text);
    }

    /// <summary>"954 lost updates (us-east-1 954)": the total and each region that contributed.</summary>
    private static void AddTotal(List<string> parts, RunResult result, string metric, string what)
    {
        var rows = result.Summary.Where(r => r.Metric == metric && r.Scope != MetricNames.AllScope && r.Count > 0).ToList();
        if (rows.Count > 0)
        {
            var byRegion = string.Join(", ", rows.Select(r => $"{r.Scope} {ReplayText.Count(r.Count)}"));
            parts.Add($"{ReplayText.Count(rows.Sum(r => r.Count))} {what} ({byRegion})");
        }
    }

    private static SummaryRow? Row(RunResult result, string metric, string scope) =>
        result.Summary.FirstOrDefault(r => r.Metric == metric && r.Scope == scope);
}
