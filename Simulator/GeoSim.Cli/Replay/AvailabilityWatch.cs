using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>
/// Lines for a region's writes or reads becoming unavailable, degraded, or available again, from
/// the per-interval write_availability and read_availability of each client region.
/// </summary>
internal static class AvailabilityWatch
{
    private enum Band { Available, Degraded, Unavailable }

    // Wide bands: a few timeouts in the latency tail are not news; a region that cannot write is.
    private const double AvailableFrom = 0.95;
    private const double UnavailableBelow = 0.05;

    /// <param name="untilSeconds">
    /// The last interval end to judge: ops issued in the run's last timeout that fail are not counted
    /// (they have not timed out yet), so those intervals look better than they were.
    /// </param>
    public static IEnumerable<ReplayEntry> From(IEnumerable<TimeSeries> series, double untilSeconds) =>
        series.Where(s => s.Scope != MetricNames.AllScope)
            .Select(s => s with { Points = s.Points.Where(p => p.TimeSeconds <= untilSeconds).ToList() })
            .SelectMany(s => s.Metric switch
            {
                MetricNames.WriteAvailability => Watch(s, "writes"),
                MetricNames.ReadAvailability => Watch(s, "reads"),
                _ => [],
            });

    /// <summary>
    /// A change of band is told when the next interval confirms it: with a few ops per interval a
    /// single unlucky interval is noise, not news.
    /// </summary>
    private static IEnumerable<ReplayEntry> Watch(TimeSeries series, string ops)
    {
        var band = Band.Available;
        var points = series.Points;
        for (var i = 0; i < points.Count; i++)
        {
            var now = BandOf(points[i].Value);
            if (now == band || (i + 1 < points.Count && BandOf(points[i + 1].Value) != now))
            {
                continue;
            }
            band = now;
            var point = points[i];
            var share = $"(availability {ReplayText.Percent(point.Value)})";
            yield return band switch
            {
                Band.Unavailable => new(point.TimeSeconds, ReplayTone.Trouble, ops, $"{series.Scope} {ops} unavailable {share}"),
                Band.Degraded => new(point.TimeSeconds, ReplayTone.Trouble, ops, $"{series.Scope} {ops} degraded {share}"),
                _ => new(point.TimeSeconds, ReplayTone.Recovery, ops, $"{series.Scope} {ops} available again {share}"),
            };
        }
    }

    private static Band BandOf(double ratio) =>
        ratio >= AvailableFrom ? Band.Available : ratio < UnavailableBelow ? Band.Unavailable : Band.Degraded;
}
