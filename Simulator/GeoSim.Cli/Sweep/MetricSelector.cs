using GeoSim.Core.Metrics;
using GeoSim.Scenario;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Cli.Sweep;

/// <summary>One entry of <c>metrics:</c>, <c>write_latency_ms.p99</c>: a summary metric and one of its statistics.</summary>
internal sealed record MetricSelector(string Metric, string Statistic)
{
    /// <summary>The metrics of summary.csv (SCENARIO-FORMAT.md).</summary>
    public static readonly string[] Metrics =
    [
        MetricNames.WriteLatency, MetricNames.ReadLatency, MetricNames.ReplicationLag, MetricNames.ReplicationLagCensored,
        MetricNames.ReplicaBehind, MetricNames.ReadStaleness, MetricNames.StaleReadRatio, MetricNames.Availability,
        MetricNames.WriteAvailability, MetricNames.ReadAvailability, MetricNames.CrossRegionBytes, MetricNames.CrossRegionMessages,
        MetricNames.HopLag, MetricNames.ClockOffset, MetricNames.Conflicts, MetricNames.LostUpdates, MetricNames.DivergentKeys,
        MetricNames.SiblingKeys, MetricNames.Convergence, MetricNames.SessionViolations, MetricNames.Failovers, MetricNames.Rto,
        MetricNames.RtoCensored, MetricNames.Rpo, MetricNames.SplitBrain,
        MetricNames.EgressUsd, MetricNames.EgressUsdPerMonth, MetricNames.TierReadLatency, MetricNames.TierReadShare,
        MetricNames.StorageGb, MetricNames.StorageUsdPerMonth, MetricNames.ResidencyViolations,
        MetricNames.MigrationBytes, MetricNames.MigrationSeconds, MetricNames.MigrationAvailability, MetricNames.MigrationTimedOutOps, MetricNames.QueryLatency, MetricNames.QueryAvailability,
        MetricNames.QueryBytes, MetricNames.QueryEgressUsd, MetricNames.QueryEgressUsdPerMonth,
    ];

    /// <summary>What is charted when the sweep file names no metrics: the headline numbers of a run.</summary>
    public static readonly MetricSelector[] DefaultCharts =
    [
        new(MetricNames.WriteLatency, "p99"), new(MetricNames.ReadLatency, "p99"), new(MetricNames.ReplicationLag, "p99"),
        new(MetricNames.StaleReadRatio, "mean"), new(MetricNames.Availability, "mean"),
    ];

    public override string ToString() => $"{Metric}.{Statistic}";

    /// <summary>Parses the selectors, or adds an error at each bad one.</summary>
    public static IReadOnlyList<MetricSelector> Parse(IReadOnlyList<SweepText> texts, string file, List<ScenarioError> errors)
    {
        var selectors = new List<MetricSelector>();
        foreach (var text in texts)
        {
            var dot = text.Text.LastIndexOf('.');
            var metric = dot < 0 ? text.Text : text.Text[..dot];
            var statistic = dot < 0 ? "" : text.Text[(dot + 1)..];
            string? problem = null;
            var offset = 0;
            if (!Metrics.Contains(metric))
            {
                var hint = Suggestions.Closest(metric, Metrics) is { } close ? $"did you mean '{close}'?" : "the metrics are those of summary.csv";
                problem = $"unknown metric '{metric}'; {hint}";
            }
            else if (!Sweep.Statistic.Names.Contains(statistic))
            {
                problem = $"'{text.Text}': write METRIC.STATISTIC with the statistic one of {string.Join(", ", Sweep.Statistic.Names)}";
                offset = dot < 0 ? 0 : dot + 1;
            }
            else if (selectors.Contains(new MetricSelector(metric, statistic)))
            {
                problem = $"'{text.Text}' is listed twice";
            }
            if (problem is null)
            {
                selectors.Add(new MetricSelector(metric, statistic));
                continue;
            }
            var (line, column) = text.At(offset);
            errors.Add(new ScenarioError(file, line, column, $"metrics: {problem}"));
        }
        return selectors;
    }
}
