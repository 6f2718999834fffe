using GeoSim.Core.Faults;

namespace GeoSim.Core.Tracing;

/// <summary>The run's event log, with each row also told to the trace (faults, heals, warnings).</summary>
internal sealed class TracedEventLog(IEventLog log, TraceRecorder trace) : IEventLog
{
    public void Add(long now, string kind, string scope, string detail)
    {
        log.Add(now, kind, scope, detail);
        trace.OnRunEvent(now, kind, scope, detail);
    }

    /// <summary>The log itself when there is no trace, so an untraced run pays nothing.</summary>
    public static IEventLog Wrap(IEventLog log, TraceRecorder? trace) => trace is null ? log : new TracedEventLog(log, trace);
}
