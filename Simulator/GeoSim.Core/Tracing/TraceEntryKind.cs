namespace GeoSim.Core.Tracing;

/// <summary>What a <see cref="TraceEntry"/> records.</summary>
public enum TraceEntryKind : byte
{
    /// <summary>A client op, from its issue to its reply or timeout, on its entry node.</summary>
    Op,

    /// <summary>A node-to-node message, from its sending to its delivery.</summary>
    Message,

    /// <summary>A node's election, from its first campaign or announcement to its end.</summary>
    Election,

    /// <summary>Something a node reported (a promotion, a fencing, a step-down), at one instant.</summary>
    NodeEvent,

    /// <summary>A fault, a heal or a warning of the run (a row of events.csv not from a node), at one instant.</summary>
    RunEvent,
}
