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

    public static IEnumerable<ReplayEntry> From(IEnumerable<TimeSeries> series) =>
        series.Where(s => s.Scope != MetricNames.AllScope)
            .SelectMany(s => s.Metric switch
            {
                MetricNames.WriteAvailability => Watch(s, "writes"),
                MetricNames.ReadAvailability => Watch(s, "reads"),
                _ => [],
            });

    private static IEnumerable<ReplayEntry> Watch(TimeSeries series, string ops)
    {
        var band = Band.Available;
        foreach (var point in series.Points)
        {
            var now = BandOf(point.Value);
            if (now == band)
            {
                continue;
            }
            band = now;
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
