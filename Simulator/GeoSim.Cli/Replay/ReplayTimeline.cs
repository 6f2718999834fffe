using GeoSim.Core.Metrics;

namespace GeoSim.Cli.Replay;

/// <summary>
/// A run as a narrated timeline: its events (faults, heals, captions, failover actions) and the
/// metric changes worth saying out loud (lag, availability, losses), in time order, laid out in
/// columns. A pure function of the result, so it can be tested without a terminal or a clock.
/// </summary>
internal static class ReplayTimeline
{
    /// <summary>Lines longer than this wrap, indented under the text column.</summary>
    public const int DefaultWidth = 100;

    /// <param name="timeoutSeconds">The longest client timeout: availability in the run's last timeout is not judged.</param>
    public static IReadOnlyList<ReplayLine> Build(RunResult result, double timeoutSeconds = 0, int width = DefaultWidth)
    {
        // OrderBy is stable: at one time, events come before the metric changes they cause.
        var entries = EventEntries.From(result.Events)
            .Concat(MetricEntries(result, timeoutSeconds))
            .OrderBy(e => e.TimeSeconds)
            .Append(EndOfRun.From(result))
            .ToList();
        var hours = result.SimulatedSeconds >= 3600;
        var labelWidth = entries.Max(e => e.Label.Length);
        return entries.Select(e => Layout(e, hours, labelWidth, width)).ToList();
    }

    /// <summary>The metric changes worth saying (lag, availability, losses), by time: what the timeline adds to the run's events.</summary>
    public static IEnumerable<ReplayEntry> MetricEntries(RunResult result, double timeoutSeconds = 0) =>
        LagWatch.From(result.Series)
            .Concat(AvailabilityWatch.From(result.Series, result.SimulatedSeconds - timeoutSeconds))
            .Concat(BurstWatch.From(result.Series))
            .OrderBy(e => e.TimeSeconds);

    private static ReplayLine Layout(ReplayEntry entry, bool hours, int labelWidth, int width)
    {
        var prefix = $"{ReplayText.Clock(entry.TimeSeconds, hours)}  {entry.Label.PadRight(labelWidth)}  ";
        var lines = ReplayText.Wrap(entry.Text, Math.Max(20, width - prefix.Length));
        var text = prefix + string.Join("\n" + new string(' ', prefix.Length), lines);
        return new ReplayLine(entry.TimeSeconds, entry.Tone, text);
    }
}
