using System.Globalization;

namespace GeoSim.Cli.Tests;

/// <summary>
/// Every figure docs/teaching.md quotes from an incident's summary: the doc must still contain the
/// quoted text, and the golden summary's value, scaled and rounded as the doc shows it, must be
/// the figure quoted. A model change that moves a golden then fails here until the doc follows.
/// </summary>
public class DocFigureTests
{
    // (quoted text, figure in it, incident, strategy, metric, scope, column, scale, decimals)
    private static readonly object[][] Figures =
    [
        ["3,701 lost updates and an RPO of 6.0 simulated minutes", "6.0", "gitlab-2017-01-31", "as-it-happened", "rpo_s", "east-us-2", "max", 1 / 60.0, 1],
        ["3,701 lost updates and an RPO", "3701", "gitlab-2017-01-31", "as-it-happened", "lost_updates", "east-us-2", "count", 1.0, 0],
        ["the worst lag, 6.7 min", "6.7", "gitlab-2017-01-31", "as-it-happened", "replica_behind_ms", "east-us-2", "max", 1 / 60000.0, 1],
        ["the same data 1.06 s after the heal", "1.06", "github-2018-10-21", "as-it-happened", "convergence_s", "all", "max", 1.0, 2],
        ["the writes it held (866 here", "866", "github-2018-10-21", "as-it-happened", "lost_updates", "us-east-1", "count", 1.0, 0],
        ["write p50 is 67 ms", "67", "github-2018-10-21", "as-it-happened", "write_latency_ms", "us-east-1", "p50", 1.0, 0],
        ["against 8 ms when the primary stays", "8", "github-2018-10-21", "promote-within-region", "write_latency_ms", "us-east-1", "p50", 1.0, 0],
        ["and 592 writes are lost", "592", "cloudflare-2020-11-02", "as-it-happened", "lost_updates", "segment-a", "count", 1.0, 0],
        ["3.0 GB instead of 7.2 GB", "3.0", "aws-2011-04-21", "relay-per-zone", "cross_region_bytes", "*", "count", 1e-9, 1],
        ["3.0 GB instead of 7.2 GB", "7.2", "aws-2011-04-21", "every-mirror", "cross_region_bytes", "*", "count", 1e-9, 1],
        ["97.2 %\navailability instead of 95.5 %", "97.2", "aws-2011-04-21", "relay-per-zone", "availability", "all", "mean", 100.0, 1],
        ["97.2 %\navailability instead of 95.5 %", "95.5", "aws-2011-04-21", "every-mirror", "availability", "all", "mean", 100.0, 1],
    ];

    // (quoted text, figure in it, incident, strategy, event kind, event kind it is measured from or null, decimals)
    private static readonly object?[][] EventFigures =
    [
        ["writes stop for\n34 s", "34", "github-2018-10-21", "promote-within-region", "unfenced", "fenced", 0],
        ["the primary fences itself at 68.8 s", "68.8", "github-2018-10-21", "promote-within-region", "fenced", null, 1],
        ["9 s into the cut", "9", "github-2018-10-21", "promote-within-region", "fenced", "fault-start", 0],
        ["takes writes again at 103.0 s", "103.0", "github-2018-10-21", "promote-within-region", "unfenced", null, 1],
    ];

    private static string Doc => File.ReadAllText(Path.Combine(Cli.RepoRoot(), "docs", "teaching.md")).ReplaceLineEndings("\n");

    [TestCaseSource(nameof(Figures))]
    public void Quoted_figure_matches_the_golden_summary(string quote, string figure, string incident, string strategy,
        string metric, string scope, string column, double scale, int decimals)
    {
        Assert.That(Doc, Does.Contain(quote), "docs/teaching.md no longer quotes this");
        Assert.That(quote.Replace(",", ""), Does.Contain(figure.Replace(",", "")));

        var value = GoldenValue(incident, strategy, metric, scope, column) * scale;
        Assert.That(Math.Round(value, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture), Is.EqualTo(figure),
            $"{incident} {strategy} {metric} {scope} {column} = {value}");
    }

    [TestCaseSource(nameof(EventFigures))]
    public void Quoted_moment_matches_the_golden_events(string quote, string figure, string incident, string strategy,
        string kind, string? since, int decimals)
    {
        Assert.That(Doc, Does.Contain(quote), "docs/teaching.md no longer quotes this");
        Assert.That(quote, Does.Contain(figure));

        var value = EventTime(incident, strategy, kind) - (since is null ? 0 : EventTime(incident, strategy, since));
        Assert.That(Math.Round(value, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture), Is.EqualTo(figure),
            $"{incident} {strategy}: {kind}{(since is null ? "" : " - " + since)} = {value}");
    }

    /// <summary>The time of the strategy's first event of this kind in the golden events.csv.</summary>
    private static double EventTime(string incident, string strategy, string kind)
    {
        var lines = File.ReadAllLines(Path.Combine(Cli.RepoRoot(), "Tests", "GeoSim.Cli.Tests", "Golden", incident + ".events.csv"));
        var row = lines.Skip(1).Select(l => l.Split(',')).FirstOrDefault(f => f[0] == strategy && f[2] == kind);
        Assert.That(row, Is.Not.Null, $"no {strategy} {kind} event in the golden events of {incident}");
        return double.Parse(row![1], CultureInfo.InvariantCulture);
    }

    /// <summary>The column's value on the matching rows, summed: scope "*" takes every scope.</summary>
    private static double GoldenValue(string incident, string strategy, string metric, string scope, string column)
    {
        var lines = File.ReadAllLines(Path.Combine(Cli.RepoRoot(), "Tests", "GeoSim.Cli.Tests", "Golden", incident + ".summary.csv"));
        var index = Array.IndexOf(lines[0].Split(','), column);
        var rows = lines.Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == strategy && f[1] == metric && (scope == "*" || f[2] == scope)).ToList();
        Assert.That(rows, Is.Not.Empty, $"no {strategy} {metric} {scope} row in the golden summary of {incident}");
        return rows.Sum(f => double.Parse(f[index], CultureInfo.InvariantCulture));
    }
}
