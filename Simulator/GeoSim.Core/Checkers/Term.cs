namespace GeoSim.Core.Checkers;

/// <summary>
/// One stretch of writes committed by one node: from its first write, or from the moment the line
/// of succession changed to it (a promotion). Its log, every node's cursor into it, and from which
/// sequence on its writes were abandoned because a node that lacked them took over.
/// </summary>
internal sealed class Term(int node, int nodes, bool[] holdsData)
{
    public int Node { get; } = node;
    public OriginLog Log { get; } = new(nodes);

    /// <summary>
    /// Per node, the sequence of the oldest write of this term it is expected to hold and has not
    /// applied (the log head when it has every one); past every write (long.MaxValue) at a node that
    /// holds no data (a witness), which is never expected to hold one.
    /// </summary>
    public long[] Cursors { get; } = holdsData.Select(holds => holds ? 0 : long.MaxValue).ToArray();

    /// <summary>Writes from this sequence on will never be applied by the current line of succession: lost.</summary>
    public long AbandonedFrom { get; set; } = long.MaxValue;

    /// <summary>The failback report of this term's abandoned writes was made.</summary>
    public bool Reported { get; set; }

    /// <summary>The lowest cursor: every write of this term before it is applied on every node expected to hold it.</summary>
    public long Watermark
    {
        get
        {
            var watermark = long.MaxValue;
            foreach (var cursor in Cursors)
            {
                watermark = Math.Min(watermark, cursor);
            }
            return watermark;
        }
    }

    /// <summary>The end of what nodes are still expected to apply.</summary>
    public long Limit => Math.Min(Log.Head, AbandonedFrom);

    /// <summary>Moves <paramref name="node"/>'s cursor past every write it is not waiting for.</summary>
    public void Advance(int node)
    {
        ref var cursor = ref Cursors[node];
        while (cursor < Log.Head && !Log.IsPending(cursor, node))
        {
            cursor++;
        }
    }
}
