using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>
/// A federated query of <c>workload.queries</c>: issued from <paramref name="Region"/> as Poisson
/// arrivals, it scans every region holding its data sets and brings the matching rows back.
/// </summary>
/// <param name="Name">Its scope in the metrics.</param>
/// <param name="Selectivity">The share of scanned rows that match.</param>
/// <param name="ScanRowsPerSecond">How fast a region scans (and the querying region filters pulled rows).</param>
/// <param name="Timeout">A query not complete by then counts as unavailable.</param>
public sealed record QuerySpec(
    string Name,
    RegionId Region,
    double RatePerSecond,
    IReadOnlyList<QueryScan> Scans,
    double Selectivity,
    int RowSizeBytes,
    QueryPlan Plan,
    double ScanRowsPerSecond,
    SimDuration Timeout)
{

    /// <summary>The rows each region scans (the sum over the data sets it holds), in region order; regions holding none are left out.</summary>
    public IReadOnlyList<(RegionId Region, long Rows)> RowsByRegion() =>
        Scans.SelectMany(s => s.Regions.Select(r => (Region: r, s.Rows)))
            .GroupBy(x => x.Region.Index)
            .OrderBy(g => g.Key)
            .Select(g => (new RegionId(g.Key), g.Sum(x => x.Rows)))
            .ToArray();

    /// <summary>The rows a region sends back: the matching ones (push-down, rounded up) or all of them (pull).</summary>
    public long RowsMoved(long scanned) => Plan == QueryPlan.Pull ? scanned : (long)Math.Ceiling(scanned * Selectivity);
}
