using GeoSim.Core.Engine;

namespace GeoSim.Core.Replication.PrimaryReplica;

/// <summary>
/// A replica's view of whether its primary is alive, from heartbeats only. The primary is lost once
/// <c>detect-after</c> has passed since the first heartbeat it missed, i.e. one heartbeat interval
/// after the last one heard. One timer at a time: when it fires early (a heartbeat came
/// meanwhile) it is set again for the rest. Volatile.
/// </summary>
internal sealed class FailureDetector(NodeContext context, SimDuration heartbeatEvery, SimDuration detectAfter)
{
    private readonly SimDuration _silenceAllowed = heartbeatEvery + detectAfter;
    private long _heardAt;
    private bool _timerSet;

    /// <summary>The primary has been silent too long (until it is heard again).</summary>
    public bool Suspecting { get; private set; }

    /// <summary>A heartbeat of the primary arrived (or a primary was just learned): it is alive.</summary>
    public void Heard()
    {
        _heardAt = context.LocalNowNanos;
        Suspecting = false;
        if (!_timerSet)
        {
            SetTimer(_silenceAllowed.Nanos);
        }
    }

    /// <summary>The timer fired; true when the primary has just been declared lost.</summary>
    public bool OnTimer()
    {
        _timerSet = false;
        var silent = context.LocalNowNanos - _heardAt;
        if (silent >= 0 && silent < _silenceAllowed.Nanos)
        {
            SetTimer(_silenceAllowed.Nanos - silent);
            return false;
        }
        Suspecting = true;
        return true;
    }

    /// <summary>This node is the primary, or crashed: nothing to watch.</summary>
    public void Stop()
    {
        Suspecting = false;
        _timerSet = false;
    }

    private void SetTimer(long afterNanos)
    {
        _timerSet = true;
        context.SetTimer(new SimDuration(Math.Max(afterNanos, 1)), PrimaryReplicaNode.Tag(TimerKind.Detect, 0));
    }
}
