using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>
/// The answer first: a strategy's seven headline numbers, each with a sentence in plain words,
/// taken from the same summary rows as summary.csv (and named as there).
/// </summary>
internal static class Headline
{
    /// <param name="Metric">The summary.csv metric the value comes from.</param>
    public sealed record Card(string Title, string Metric, string Value, string Line);

    public static IReadOnlyList<Card> For(RunResult result)
    {
        var rows = result.Summary;
        return
        [
            WriteP99(rows),
            WorstLag(rows),
            StaleReads(rows),
            Availability(result),
            LostWrites(rows),
            Recovery(rows),
            Traffic(rows),
        ];
    }

    private static Card WriteP99(IReadOnlyList<SummaryRow> rows)
    {
        var all = Row(rows, MetricNames.WriteLatency, MetricNames.AllScope);
        var worst = Regions(rows, MetricNames.WriteLatency).Where(r => r.P99 is not null).MaxBy(r => r.P99);
        return all?.P99 is { } p99
            ? new("write p99", MetricNames.WriteLatency, ReadableNumber.Milliseconds(p99),
                worst is null ? "" : $"slowest in {worst.Scope}: p99 {ReadableNumber.Milliseconds(worst.P99!.Value)}, p50 {ReadableNumber.Milliseconds(worst.P50 ?? 0)}")
            : new("write p99", MetricNames.WriteLatency, "–", "no write was acknowledged");
    }

    /// <summary>The worse of the worst pair's lag p99 and the furthest any region fell behind.</summary>
    private static Card WorstLag(IReadOnlyList<SummaryRow> rows)
    {
        var pair = Regions(rows, MetricNames.ReplicationLag).Where(r => r.P99 is not null).MaxBy(r => r.P99);
        var behind = Regions(rows, MetricNames.ReplicaBehind).Where(r => r.Max is not null).MaxBy(r => r.Max);
        if (pair is null && behind is null)
        {
            return new("worst lag", MetricNames.ReplicationLag, "–", "no replica lag measured");
        }
        if (behind is not null && (pair is null || behind.Max > pair.P99))
        {
            return new("worst lag", MetricNames.ReplicaBehind, ReadableNumber.Milliseconds(behind.Max!.Value),
                $"{behind.Scope} fell {ReadableNumber.Milliseconds(behind.Max.Value)} behind at worst");
        }
        return new("worst lag", MetricNames.ReplicationLag, ReadableNumber.Milliseconds(pair!.P99!.Value),
            $"p99 of the slowest pair, {pair.Scope.Replace("->", " → ", StringComparison.Ordinal)}");
    }

    private static Card StaleReads(IReadOnlyList<SummaryRow> rows)
    {
        var all = Row(rows, MetricNames.StaleReadRatio, MetricNames.AllScope);
        return all?.Mean is { } ratio
            ? new("stale reads", MetricNames.StaleReadRatio, ReadableNumber.Percent(ratio),
                ratio == 0
                    ? $"all {ReadableNumber.Count(all.Count)} reads returned the latest committed value"
                    : $"{ReadableNumber.Count(Math.Round(ratio * all.Count))} of {ReadableNumber.Count(all.Count)} reads returned an older value")
            : new("stale reads", MetricNames.StaleReadRatio, "–", "no read succeeded");
    }

    /// <summary>The lowest interval of any client region, and in words the longest time a region could not write.</summary>
    private static Card Availability(RunResult result)
    {
        var worst = Regions(result.Summary, MetricNames.Availability).Where(r => r.Min is not null).MinBy(r => r.Min);
        var outage = WriteOutages.Longest(result).FirstOrDefault();
        var line = outage is not null
            ? $"{outage.Region} could not write for {ReadableNumber.Seconds(outage.Seconds)} (from {ReadableNumber.Seconds(outage.FromSeconds)})"
            : worst is { Min: < 1 }
                ? $"lowest in {worst.Scope}: some ops timed out, but every region kept writing"
                : "every op was answered in time";
        return worst?.Min is { } min
            ? new("availability min", MetricNames.Availability, ReadableNumber.Percent(min), line)
            : new("availability min", MetricNames.Availability, "–", "no client ops measured");
    }

    private static Card LostWrites(IReadOnlyList<SummaryRow> rows)
    {
        var lost = Regions(rows, MetricNames.LostUpdates).ToList();
        if (lost.Count == 0)
        {
            return new("lost writes", MetricNames.LostUpdates, "–", "not recorded by this strategy");
        }
        var total = lost.Sum(r => r.Count);
        var worst = lost.MaxBy(r => r.Count)!;
        return new("lost writes", MetricNames.LostUpdates, ReadableNumber.Count(total),
            total == 0 ? "no acknowledged write was lost" : $"acknowledged, then lost; most from {worst.Scope} ({ReadableNumber.Count(worst.Count)})");
    }

    private static Card Recovery(IReadOnlyList<SummaryRow> rows)
    {
        var rpo = Regions(rows, MetricNames.Rpo).Where(r => r.Max is not null).MaxBy(r => r.Max);
        var rto = Regions(rows, MetricNames.Rto).Where(r => r.Max is not null).MaxBy(r => r.Max);
        var failovers = Regions(rows, MetricNames.Failovers).Sum(r => r.Count);
        if (rpo is null && rto is null)
        {
            return new("RPO / RTO", MetricNames.Rto, "–", failovers == 0 ? "no failover happened" : $"{failovers} failover(s), none measured");
        }
        var value = $"{(rpo?.Max is { } p ? ReadableNumber.Seconds(p) : "–")} / {(rto?.Max is { } t ? ReadableNumber.Seconds(t) : "–")}";
        var line = rto?.Max is { } worstRto
            ? $"writes resumed on the new primary in {rto.Scope} {ReadableNumber.Seconds(worstRto)} after the fault"
            : "data lost at failover, no recovery measured";
        return new("RPO / RTO", MetricNames.Rto, value, line);
    }

    private static Card Traffic(IReadOnlyList<SummaryRow> rows)
    {
        var bytes = Regions(rows, MetricNames.CrossRegionBytes).Sum(r => (double)r.Count);
        var usd = Row(rows, MetricNames.EgressUsdPerMonth, MetricNames.AllScope)?.Mean;
        var line = usd is { } perMonth ? $"egress about {ReadableNumber.Usd(perMonth)} per month at this rate" : "between regions, both ways, over the run";
        return new("cross-region traffic", MetricNames.CrossRegionBytes, ReadableNumber.Bytes(bytes), line);
    }

    private static SummaryRow? Row(IReadOnlyList<SummaryRow> rows, string metric, string scope) =>
        rows.FirstOrDefault(r => r.Metric == metric && r.Scope == scope);

    private static IEnumerable<SummaryRow> Regions(IReadOnlyList<SummaryRow> rows, string metric) =>
        rows.Where(r => r.Metric == metric && r.Scope != MetricNames.AllScope);
}
