using GeoSim.Core.Engine;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Replication.Quorum;

/// <summary>What a quorum node's timer is for.</summary>
internal enum TimerKind
{
    /// <summary>A delayed message goes out now (to another node, or delivered here).</summary>
    Send,

    /// <summary>A replica finished serving a message (its service time).</summary>
    Serve,

    /// <summary>A write's request timeout: replicas that did not acknowledge get hints.</summary>
    WriteTimeout,

    /// <summary>A read's request timeout.</summary>
    ReadTimeout,

    /// <summary>A read that asked only the replicas it needed asks one more.</summary>
    Speculate,

    /// <summary>Hinted handoff: try the replicas hints wait for.</summary>
    HintReplay,

    /// <summary>Anti-entropy: exchange versions with another replica.</summary>
    AntiEntropy,
}

/// <summary>
/// The timers a node has set, each a slot whose number is the timer's tag (below
/// <see cref="StrategyMeasures.ProbeTagBase"/>). A crash drops every timer, so <see cref="Clear"/>
/// drops every slot with them.
/// </summary>
internal sealed class TimerTable
{
    private SlotPool<Entry> _entries = new();

    public int Add(TimerKind kind, long op = 0, NodeId peer = default, Message message = default)
    {
        _entries.Allocate(out var slot) = new Entry(kind, op, peer, message);
        return slot;
    }

    public Entry Take(int slot)
    {
        var entry = _entries[slot];
        _entries.Free(slot);
        return entry;
    }

    public void Clear() => _entries = new SlotPool<Entry>();

    /// <param name="Op">The operation it concerns (a timeout), else 0.</param>
    /// <param name="Peer">For <see cref="TimerKind.Send"/> the receiver, for <see cref="TimerKind.Serve"/> the sender.</param>
    public readonly record struct Entry(TimerKind Kind, long Op, NodeId Peer, Message Message);
}
