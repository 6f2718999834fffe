using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>
/// Lines for counts that come in bursts (lost updates, conflicts): consecutive intervals with a
/// non-zero count make one line, written at the burst's last interval with its total.
/// </summary>
internal static class BurstWatch
{
    public static IEnumerable<ReplayEntry> From(IEnumerable<TimeSeries> series) =>
        series.Where(s => s.Scope != MetricNames.AllScope)
            .SelectMany(s => s.Metric switch
            {
                MetricNames.LostUpdates => Watch(s, ReplayTone.Loss, "lost", n => $"{ReplayText.Count(n, "acknowledged write", "acknowledged writes")} lost"),
                MetricNames.Conflicts => Watch(s, ReplayTone.Loss, "conflicts", n => $"{ReplayText.Count(n, "conflict", "conflicts")} detected"),
                _ => [],
            });

    private static IEnumerable<ReplayEntry> Watch(TimeSeries series, ReplayTone tone, string label, Func<long, string> what)
    {
        var points = series.Points;
        var stepSeconds = points.Count > 1 ? points[1].TimeSeconds - points[0].TimeSeconds : 0;
        var total = 0L;
        var first = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value > 0)
            {
                first = total == 0 ? points[i].TimeSeconds : first;
                total += (long)points[i].Value;
            }
            var burstEnds = total > 0 && (i == points.Count - 1 || points[i + 1].Value <= 0);
            if (!burstEnds)
            {
                continue;
            }
            var last = points[i].TimeSeconds;
            var span = last > first ? $" in {ReplayText.Duration((last - first + stepSeconds) * 1000)}" : "";
            yield return new(last, tone, label, $"{series.Scope}: {what(total)}{span}");
            total = 0;
        }
    }
}
