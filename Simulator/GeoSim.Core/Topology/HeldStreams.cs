namespace GeoSim.Core.Topology;

/// <summary>
/// Messages of reliable streams that cannot be delivered yet (the link is partitioned or a node is
/// down), kept in order per stream until it can resume. Like a TCP connection's send buffer: none
/// is lost, and none overtakes another.
/// </summary>
internal sealed class HeldStreams(int nodes)
{
    private readonly LinkedList<HeldMessage>?[] _streams = new LinkedList<HeldMessage>?[nodes * nodes];
    private int _heldCount;

    public bool AnyHeld => _heldCount > 0;

    public bool IsHolding(NodeId from, NodeId to) => _streams[Index(from, to)] is { Count: > 0 };

    /// <summary>
    /// Holds a message in its stream's send order: behind those sent before it, and ahead of those
    /// sent after it (a message that was in flight when its receiver crashed is held again).
    /// </summary>
    public void Hold(NodeId from, NodeId to, HeldMessage message)
    {
        var stream = _streams[Index(from, to)] ??= new();
        var after = stream.Last;
        while (after is not null && after.Value.SendSeq > message.SendSeq)
        {
            after = after.Previous;
        }
        if (after is null)
        {
            stream.AddFirst(message);
        }
        else
        {
            stream.AddAfter(after, message);
        }
        _heldCount++;
    }

    /// <summary>Takes, in order, every held message of the streams <paramref name="canResume"/> allows.</summary>
    public IEnumerable<(NodeId From, NodeId To, HeldMessage Message)> Release(Func<NodeId, NodeId, bool> canResume)
    {
        for (var i = 0; i < _streams.Length; i++)
        {
            var stream = _streams[i];
            if (stream is not { Count: > 0 })
            {
                continue;
            }
            var from = new NodeId(i / nodes);
            var to = new NodeId(i % nodes);
            if (!canResume(from, to))
            {
                continue;
            }
            while (stream.First is { } first)
            {
                stream.RemoveFirst();
                _heldCount--;
                yield return (from, to, first.Value);
            }
        }
    }

    private int Index(NodeId from, NodeId to) => from.Index * nodes + to.Index;
}
