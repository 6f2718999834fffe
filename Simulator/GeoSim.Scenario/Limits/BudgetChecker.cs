using GeoSim.Core.Spec;
using GeoSim.Scenario.Units;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// The checks that need the whole scenario: the number of metric intervals, one value's
/// serialization on the slowest link, the memory estimate and the event estimate. Each problem
/// names the scenario key that drives it (and one to fall back on when that key is not written).
/// </summary>
internal static class BudgetChecker
{
    public sealed record Problem(string Key, string Fallback, string Message);

    public static IEnumerable<Problem> Check(ScenarioSpec scenario)
    {
        var intervals = Intervals(scenario.Duration, scenario.Metrics.Interval);
        if (intervals > MetricsSpec.MaxIntervals)
        {
            yield return new("interval", "duration",
                $"duration {DurationParser.Format(scenario.Duration)} in intervals of {DurationParser.Format(scenario.Metrics.Interval)} makes {intervals} intervals; " +
                $"at most {MetricsSpec.MaxIntervals}: use an interval of at least {DurationParser.Format(MinIntervalFor(scenario.Duration))}");
            yield break;
        }
        if (Serialization(scenario) is { } slow)
        {
            yield return slow;
        }
        var memory = MemoryEstimate.Of(scenario);
        var bytes = memory.Sum(p => p.Amount);
        if (!(bytes <= ScenarioLimits.MemoryBudgetBytes))
        {
            yield return new(Largest(memory), "regions", $"this scenario needs about {Approximate.Bytes(bytes)} of memory ({Parts(memory, Approximate.Bytes)}); " +
                $"at most {Approximate.Bytes(ScenarioLimits.MemoryBudgetBytes)}: lower keys, nodes, sessions or the number of metric intervals");
        }
        var events = EventEstimate.Of(scenario);
        var count = events.Sum(p => p.Amount);
        if (!(count <= ScenarioLimits.EventBudget))
        {
            yield return new(Largest(events), "duration", $"this run would process about {Approximate.Count(count)} events ({Parts(events, Approximate.Count)}); " +
                $"at most {Approximate.Count(ScenarioLimits.EventBudget)}: lower the rates, the duration or the t-visibility sample, or lengthen heartbeat-every, mtbf and mttr");
        }
    }

    public static long Intervals(Core.Engine.SimDuration duration, Core.Engine.SimDuration interval) => (duration.Nanos + interval.Nanos - 1) / interval.Nanos;

    /// <summary>The shortest interval that keeps <paramref name="duration"/> within the most intervals, in whole milliseconds (readable end times).</summary>
    public static Core.Engine.SimDuration MinIntervalFor(Core.Engine.SimDuration duration) =>
        Core.Engine.SimDuration.FromMilliseconds(Math.Ceiling(duration.Nanos / (double)MetricsSpec.MaxIntervals / Core.Engine.SimDuration.NanosPerMillisecond));

    private static Problem? Serialization(ScenarioSpec scenario)
    {
        var slowest = scenario.Network.Links.Where(l => l.BandwidthBitsPerSecond > 0).MinBy(l => l.BandwidthBitsPerSecond);
        if (slowest is null)
        {
            return null;
        }
        var nanos = scenario.Workload.ValueSizeBytes * 8e9 / slowest.BandwidthBitsPerSecond;
        return nanos > ScenarioLimits.MaxDuration.Nanos
            ? new("value-size", "bandwidth",
                $"one value of {scenario.Workload.ValueSizeBytes}B takes {Approximate.Duration(nanos)} to send on {scenario.Regions[slowest.From.Index].Name}->{scenario.Regions[slowest.To.Index].Name} " +
                $"({slowest.BandwidthBitsPerSecond:0.###}bps); at most {DurationParser.Format(ScenarioLimits.MaxDuration)}: raise the bandwidth or lower value-size")
            : null;
    }

    private static string Largest(IReadOnlyList<EstimatePart> parts) => parts.MaxBy(p => p.Amount)!.Key;

    private static string Parts(IReadOnlyList<EstimatePart> parts, Func<double, string> format) =>
        string.Join(", ", parts.Where(p => p.Amount > 0).OrderByDescending(p => p.Amount).Select(p => $"{p.What} {format(p.Amount)}"));
}
