using GeoSim.Core.Spec;

namespace GeoSim.Core.Metrics;

/// <summary>
/// The egress bill of a run: each ordered region pair's measured cross-region bytes at its price
/// (<c>egress_usd</c>, one row per link that carried bytes, and <c>all</c>), and the total
/// projected to a 30-day month at the measured rate (<c>egress_usd_per_month</c>).
/// </summary>
internal static class EgressCost
{
    public const double BytesPerGb = 1e9;
    public const double SecondsPerMonth = 30 * 86_400;

    public static void AddRows(RowBuilder rows, CostSpec cost, IReadOnlyList<long> bytes, Func<int, string> pairName, double measuredSeconds)
    {
        var totalBytes = 0L;
        var totalUsd = 0.0;
        for (var pair = 0; pair < bytes.Count; pair++)
        {
            if (bytes[pair] == 0)
            {
                continue;
            }
            var usd = bytes[pair] / BytesPerGb * cost.EgressUsdPerGb[pair];
            rows.AddValue(MetricNames.EgressUsd, pairName(pair), "usd", bytes[pair], usd);
            totalBytes += bytes[pair];
            totalUsd += usd;
        }
        rows.AddValue(MetricNames.EgressUsd, MetricNames.AllScope, "usd", totalBytes, totalUsd);
        if (measuredSeconds > 0)
        {
            rows.AddValue(MetricNames.EgressUsdPerMonth, MetricNames.AllScope, "usd", totalBytes, totalUsd * SecondsPerMonth / measuredSeconds);
        }
    }
}
