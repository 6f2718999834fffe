namespace GeoSim.Reports.Trace;

/// <summary>Which event of its entry a <see cref="TraceRow"/> writes.</summary>
internal enum TraceRowPart : byte
{
    /// <summary>The entry's slice (an op, an election) or instant (an event).</summary>
    Whole,
    SendSlice,
    FlowStart,
    ReceiveSlice,
    FlowEnd,
}
