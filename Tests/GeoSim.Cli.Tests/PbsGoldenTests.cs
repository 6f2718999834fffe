using System.Globalization;
using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Tests;

/// <summary>
/// The PBS reproduction (docs/pbs.md): each pbs-* scenario's t_visibility.csv, byte for byte
/// against its golden copy, and every figure docs/pbs.md quotes from those curves: the doc must
/// still contain the quoted text, and the figure must be the golden curve's value as the doc rounds it.
/// </summary>
public class PbsGoldenTests
{
    private static readonly string[] Scenarios = ["pbs-synthetic", "pbs-lnkd-ssd", "pbs-lnkd-disk", "pbs-ymmr", "pbs-wan"];

    [TestCaseSource(nameof(Scenarios))]
    public void The_t_visibility_curve_matches_its_golden_copy(string scenario)
    {
        var dir = Path.Combine(Cli.TempDir(), "out");
        var (exit, _, err) = Cli.Run("run", Path.Combine(Cli.RepoRoot(), "Scenarios", scenario + ".yaml"), "--out", dir);

        Assert.That(exit, Is.EqualTo(0), err);
        GoldenFile.AssertMatches(Path.Combine(dir, "t_visibility.csv"), Golden(scenario));
    }

    // (quoted text, figure in it, scenario, strategy, what: "p0" = percent consistent at t = 0, "t999" = ms to 99.9 %)
    private static readonly object[][] Figures =
    [
        ["| fast-writes (W mean 0.25 ms) | 94.5 % |", "94.5", "pbs-synthetic", "fast-writes", "p0"],
        ["| fast-writes (W mean 0.25 ms) | 94.5 % | 94.3 % | about 94 % | 1.0 ms |", "1.0", "pbs-synthetic", "fast-writes", "t999"],
        ["| slow-writes (W mean 10 ms) | 41.3 % |", "41.3", "pbs-synthetic", "slow-writes", "p0"],
        ["| slow-writes (W mean 10 ms) | 41.3 % | 42.1 % | about 41 % | 80.7 ms |", "80.7", "pbs-synthetic", "slow-writes", "t999"],
        ["| LNKD-SSD | R=1, W=1 | 97.2 % |", "97.2", "pbs-lnkd-ssd", "r1-w1", "p0"],
        ["| LNKD-SSD | R=1, W=1 | 97.2 % | 2.0 ms |", "2.0", "pbs-lnkd-ssd", "r1-w1", "t999"],
        ["| LNKD-DISK | R=1, W=1 | 43.2 % |", "43.2", "pbs-lnkd-disk", "r1-w1", "p0"],
        ["| LNKD-DISK | R=1, W=1 | 43.2 % | 58.0 ms |", "58.0", "pbs-lnkd-disk", "r1-w1", "t999"],
        ["| LNKD-DISK | R=2, W=1 | 75.2 % |", "75.2", "pbs-lnkd-disk", "r2-w1", "p0"],
        ["| LNKD-DISK | R=2, W=1 | 75.2 % | 18.7 ms |", "18.7", "pbs-lnkd-disk", "r2-w1", "t999"],
        ["| YMMR | R=1, W=1 | 88.1 % |", "88.1", "pbs-ymmr", "r1-w1", "p0"],
        ["| YMMR | R=1, W=1 | 88.1 % | 1404.8 ms |", "1404.8", "pbs-ymmr", "r1-w1", "t999"],
        ["| YMMR | R=2, W=1 | 98.7 % |", "98.7", "pbs-ymmr", "r2-w1", "p0"],
        ["| YMMR | R=2, W=1 | 98.7 % | 337.1 ms |", "337.1", "pbs-ymmr", "r2-w1", "t999"],
        ["| WAN | R=1, W=1 | 33.3 % | 119.7 ms |", "119.7", "pbs-wan", "r1-w1", "t999"],
        ["| WAN | R=1, W=1 | 33.3 % |", "33.3", "pbs-wan", "r1-w1", "p0"],
        ["| WAN | R=2, W=1 | 85.7 % |", "85.7", "pbs-wan", "r2-w1", "p0"],
        ["| WAN | R=2, W=1 | 85.7 % | 48.7 ms |", "48.7", "pbs-wan", "r2-w1", "t999"],
    ];

    [TestCaseSource(nameof(Figures))]
    public void Quoted_figure_matches_the_golden_curve(string quote, string figure, string scenario, string strategy, string what)
    {
        var doc = File.ReadAllText(Path.Combine(Cli.RepoRoot(), "docs", "pbs.md")).ReplaceLineEndings("\n");
        Assert.That(doc, Does.Contain(quote), "docs/pbs.md no longer quotes this");
        Assert.That(quote, Does.Contain(figure));

        var curve = File.ReadAllLines(Golden(scenario)).Skip(1).Select(l => l.Split(',')).Where(f => f[0] == strategy)
            .Select(f => new VisibilityPoint(Number(f[1]), long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.That(curve, Is.Not.Empty, $"no {strategy} rows in the golden curve of {scenario}");
        var value = what == "p0" ? curve.Single(p => p.TMs == 0).Probability * 100 : VisibilityProbes.TimeToTarget(curve) ?? double.NaN;
        Assert.That(value.ToString("F1", CultureInfo.InvariantCulture), Is.EqualTo(figure), $"{scenario} {strategy} {what} = {value}");
    }

    private static string Golden(string scenario) => Path.Combine(Cli.RepoRoot(), "Tests", "GeoSim.Cli.Tests", "Golden", scenario + ".t_visibility.csv");

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
