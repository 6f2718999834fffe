using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>
/// Lines for a region falling behind (replica_behind_ms) and catching up. A growing lag is
/// announced at a few rungs, so a long partition gives a handful of lines, not one per interval.
/// </summary>
internal static class LagWatch
{
    private static readonly double[] RungsMs = [1_000, 10_000, 60_000, 600_000, 3_600_000, 36_000_000];

    // Below half the first rung: a lag hovering around one second does not flap between the two lines.
    private const double CaughtUpMs = 500;

    public static IEnumerable<ReplayEntry> From(IEnumerable<TimeSeries> series) =>
        series.Where(s => s.Metric == MetricNames.ReplicaBehind).SelectMany(Watch);

    private static IEnumerable<ReplayEntry> Watch(TimeSeries series)
    {
        var rung = 0;
        var peakMs = 0.0;
        foreach (var point in series.Points)
        {
            if (rung < RungsMs.Length && point.Value >= RungsMs[rung])
            {
                while (rung < RungsMs.Length && point.Value >= RungsMs[rung])
                {
                    rung++;
                }
                yield return new(point.TimeSeconds, ReplayTone.Trouble, "lag", $"{series.Scope} is {ReplayText.Duration(point.Value)} behind");
            }
            if (rung == 0)
            {
                continue;
            }
            peakMs = Math.Max(peakMs, point.Value);
            if (point.Value < CaughtUpMs)
            {
                yield return new(point.TimeSeconds, ReplayTone.Recovery, "lag",
                    $"{series.Scope} caught up (at most {ReplayText.Duration(peakMs)} behind)");
                rung = 0;
                peakMs = 0;
            }
        }
    }
}
