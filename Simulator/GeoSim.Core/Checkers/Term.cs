namespace GeoSim.Core.Checkers;

/// <summary>
/// One stretch of writes committed by one node as primary, from its first write (or its promotion)
/// on: its log, every node's cursor into it, and from which sequence on its writes were abandoned
/// by the promotion of a node that did not have them.
/// </summary>
internal sealed class Term(int node, bool[] holdsData)
{
    public int Node { get; } = node;
    public OriginLog Log { get; } = new();

    /// <summary>Per node, the sequence of the next write of this term it has to apply; past every write (long.MaxValue) at a node that holds no data (a witness), which must never apply one.</summary>
    public long[] Cursors { get; } = holdsData.Select(holds => holds ? 0 : long.MaxValue).ToArray();

    /// <summary>Writes from this sequence on will never be applied by the current primary's line: lost.</summary>
    public long AbandonedFrom { get; set; } = long.MaxValue;

    /// <summary>The failback report of this term's abandoned writes was made.</summary>
    public bool Reported { get; set; }

    /// <summary>The lowest cursor: every write of this term before it is applied on every node.</summary>
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
}
