using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Regions in the order their scopes first appear in the summary rows. The core writes rows
/// metric by metric in scenario region order, so this is the scenario's order for every region
/// that has a row, and it is the same for every chart of a report.
/// </summary>
internal sealed class RegionOrder
{
    private readonly List<string> _regions = [];

    public RegionOrder(IEnumerable<RunResult> results)
    {
        foreach (var row in results.SelectMany(r => r.Summary))
        {
            foreach (var region in Regions(row.Scope))
            {
                if (!_regions.Contains(region, StringComparer.Ordinal))
                {
                    _regions.Add(region);
                }
            }
        }
    }

    public int IndexOf(string region) => _regions.IndexOf(region);

    // "a->b" names two regions; "all" names none.
    private static IEnumerable<string> Regions(string scope) =>
        scope == MetricNames.AllScope
            ? []
            : scope.Split("->", StringSplitOptions.RemoveEmptyEntries);
}
