using GeoSim.Core.Metrics;
using GeoSim.Reports;

namespace GeoSim.Cli.Sweep;

/// <summary>What a sweep keeps of one run: its key and the selected statistics of its summary rows.</summary>
internal sealed record RunRows(string Key, IReadOnlyList<MetricValue> Values)
{
    /// <summary>Always kept, so that every finished run has rows: the engine events the run took.</summary>
    public const string EventsMetric = "events_processed";

    /// <summary>The engine events of the run (its first row).</summary>
    public long Events => long.Parse(Values[0].Text, System.Globalization.CultureInfo.InvariantCulture);

    public static RunRows From(string key, RunResult result, IReadOnlyList<MetricSelector>? selection)
    {
        var values = new List<MetricValue> { new(EventsMetric, MetricNames.AllScope, "count", CsvNumber.Write(result.EventsProcessed, EventsMetric)) };
        foreach (var row in result.Summary)
        {
            foreach (var statistic in Statistic.Names)
            {
                if (selection is not null && !selection.Contains(new MetricSelector(row.Metric, statistic)))
                {
                    continue;
                }
                if (Statistic.Of(row, statistic) is { } value)
                {
                    values.Add(new MetricValue(row.Metric, row.Scope, statistic, CsvNumber.Write(value, $"{row.Metric} {row.Scope} {statistic}")));
                }
            }
        }
        return new RunRows(key, values);
    }
}
