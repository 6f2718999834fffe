namespace GeoSim.Reports.Trace;

/// <summary>
/// One event of trace.json before it is written: an entry gives one row (a slice, an instant) or
/// four (a message: its send slice, flow start, receive slice, flow end).
/// </summary>
/// <param name="DurationNanos">A slice's length; 0 for instants and flow ends, which sort after the slices starting with them.</param>
/// <param name="Sequence">The order the rows were made in: ties keep it, so a flow follows its slice.</param>
internal readonly record struct TraceRow(long TimeNanos, long DurationNanos, int Sequence, int Entry, TraceRowPart Part, int Pid, int Tid)
    : IComparable<TraceRow>
{
    /// <summary>By time; at one time, longer slices first (so slices nest), then in the order made.</summary>
    public int CompareTo(TraceRow other)
    {
        var byTime = TimeNanos.CompareTo(other.TimeNanos);
        if (byTime != 0)
        {
            return byTime;
        }
        var byLength = other.DurationNanos.CompareTo(DurationNanos);
        return byLength != 0 ? byLength : Sequence.CompareTo(other.Sequence);
    }
}
