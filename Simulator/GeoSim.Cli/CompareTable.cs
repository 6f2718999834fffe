using System.Globalization;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli;

/// <summary>What <c>geosim compare</c> prints: one row per strategy with the numbers people choose by.</summary>
internal static class CompareTable
{
    private static readonly string[] Headings =
        ["strategy", "write p50", "write p99", "read p50", "read p99", "worst lag", "lag where", "stale reads", "availability", "lost updates", "conflicts", "cross-region GB", "egress USD/month"];

    /// <summary>Columns of words, read left-aligned; the others are numbers.</summary>
    private static readonly string[] TextHeadings = ["strategy", "lag where"];

    /// <summary>
    /// Shown only when some run has the metric's <c>all</c> row: storage USD/month when storage has a
    /// price (<c>cost.storage-usd-per-gb-month</c>), residency violations when the scenario has data classes.
    /// </summary>
    private static readonly (string Heading, string Metric, Func<SummaryRow?, string> Cell)[] Optional =
    [
        ("storage USD/month", MetricNames.StorageUsdPerMonth, Usd),
        ("residency violations", MetricNames.ResidencyViolations, row => row?.Count.ToString(CultureInfo.InvariantCulture) ?? "-"),
    ];

    public static void Print(TextWriter output, IReadOnlyList<RunResult> results, double wallSeconds, string folder)
    {
        RunReport.PrintThroughput(output, results, wallSeconds);
        var optional = Optional.Where(o => results.Any(r => Find(r, o.Metric, MetricNames.AllScope) is not null)).ToArray();
        string[] headings = [.. Headings, .. optional.Select(o => o.Heading)];
        var rows = results.Select(r => (string[])[.. Row(r), .. optional.Select(o => o.Cell(Find(r, o.Metric, MetricNames.AllScope)))]).Prepend(headings).ToList();
        var widths = Enumerable.Range(0, headings.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            // Words read left-aligned, numbers right-aligned, each under its heading.
            var cells = row.Select((cell, c) => TextHeadings.Contains(headings[c]) ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
        foreach (var partial in results.Where(r => !r.Completed))
        {
            output.WriteLine($"{partial.Strategy}{RunReport.Partial(partial)}");
        }
        output.WriteLine($"results in {folder}");
    }

    private static string[] Row(RunResult r)
    {
        var write = Find(r, MetricNames.WriteLatency, MetricNames.AllScope);
        var read = Find(r, MetricNames.ReadLatency, MetricNames.AllScope);
        var lag = LagHeadline.Of(r);
        return
        [
            r.Strategy,
            RunReport.Ms(write?.P50),
            RunReport.Ms(write?.P99),
            RunReport.Ms(read?.P50),
            RunReport.Ms(read?.P99),
            lag is null ? "-" : LagHeadline.Readable(lag.WorstMs),
            lag is null ? "-" : lag.Scope,
            RunReport.Percent(Find(r, MetricNames.StaleReadRatio, MetricNames.AllScope)?.Mean),
            RunReport.Percent(Find(r, MetricNames.Availability, MetricNames.AllScope)?.Mean),
            Total(r, MetricNames.LostUpdates),
            Total(r, MetricNames.Conflicts),
            Gigabytes(r),
            Usd(Find(r, MetricNames.EgressUsdPerMonth, MetricNames.AllScope)),
        ];
    }

    private static string Usd(SummaryRow? row) => row?.Mean is { } usd ? usd.ToString("#,0.00", CultureInfo.InvariantCulture) : "-";

    private static SummaryRow? Find(RunResult r, string metric, string scope) =>
        r.Summary.FirstOrDefault(s => s.Metric == metric && s.Scope == scope);

    /// <summary>The total over every scope, or "-" when the metric is not recorded (not the same as 0).</summary>
    private static string Total(RunResult r, string metric)
    {
        var rows = r.Summary.Where(s => s.Metric == metric).ToList();
        return rows.Count == 0 ? "-" : rows.Sum(s => s.Count).ToString(CultureInfo.InvariantCulture);
    }

    private static string Gigabytes(RunResult r) =>
        (r.Summary.Where(s => s.Metric == MetricNames.CrossRegionBytes).Sum(s => s.Count) / 1e9).ToString("0.000", CultureInfo.InvariantCulture);
}
