using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Html;

/// <summary>
/// The longest stretch in which a client region could not write at all: consecutive intervals
/// whose write availability is 0, from the first one's start to the last one's end.
/// </summary>
internal static class WriteOutages
{
    public sealed record Outage(string Region, double FromSeconds, double ToSeconds)
    {
        public double Seconds => ToSeconds - FromSeconds;
    }

    /// <summary>Each region's longest outage, longest first (ties in region order); none for regions that always wrote.</summary>
    public static IReadOnlyList<Outage> Longest(RunResult result)
    {
        var step = result.IntervalSeconds > 0 ? result.IntervalSeconds : 1;
        var outages = new List<Outage>();
        foreach (var series in result.Series.Where(s => s.Metric == MetricNames.WriteAvailability && s.Scope != MetricNames.AllScope))
        {
            Outage? longest = null;
            double? from = null;
            double to = 0;
            foreach (var p in series.Points)
            {
                if (p.Value <= 0)
                {
                    from ??= p.TimeSeconds - step;
                    to = p.TimeSeconds;
                }
                else if (from is { } start)
                {
                    longest = Longer(longest, new Outage(series.Scope, start, to));
                    from = null;
                }
            }
            if (from is { } open)
            {
                longest = Longer(longest, new Outage(series.Scope, open, to));
            }
            if (longest is not null)
            {
                outages.Add(longest);
            }
        }
        return outages.OrderByDescending(o => o.Seconds).ToList();
    }

    private static Outage Longer(Outage? a, Outage b) => a is null || b.Seconds > a.Seconds ? b : a;
}
