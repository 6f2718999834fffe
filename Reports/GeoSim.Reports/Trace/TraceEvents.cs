using System.Buffers.Text;
using System.Text.Json;
using GeoSim.Core.Tracing;

namespace GeoSim.Reports.Trace;

/// <summary>
/// One strategy's entries as Chrome Trace Event Format events, sorted by time: complete slices
/// ("X") for ops and elections; for a message, a 1 ns slice at each end joined by a flow ("s",
/// then "f" bound to the enclosing slice); instants ("i") for events. Times are simulated
/// microseconds, written exactly (three decimals: nanoseconds).
/// </summary>
internal sealed class TraceEvents(TraceLog log, TraceTracks tracks)
{
    /// <summary>
    /// A message's end slices last 1 ns, the resolution of simulated time: at integer nanoseconds
    /// such a slice nests in any slice open at its start, so no two slices of a thread cross.
    /// </summary>
    private const long MessageSliceNanos = 1;

    /// <summary>The rows of every entry, sorted; a message's four rows are made in order, so its flow starts after its slice.</summary>
    public TraceRow[] Rows()
    {
        var rows = new List<TraceRow>(log.Entries.Count * 2);
        for (var i = 0; i < log.Entries.Count; i++)
        {
            var e = log.Entries[i];
            switch (e.Kind)
            {
                case TraceEntryKind.Op:
                    rows.Add(new TraceRow(e.StartNanos, e.EndNanos - e.StartNanos, rows.Count, i, TraceRowPart.Whole, tracks.NodePid(e.Node), tracks.NodeThread(e.Node)));
                    break;
                case TraceEntryKind.Election:
                    rows.Add(new TraceRow(e.StartNanos, e.EndNanos - e.StartNanos, rows.Count, i, TraceRowPart.Whole, tracks.NodePid(e.Node), tracks.ElectionThread(e.Node)));
                    break;
                case TraceEntryKind.Message:
                    var (fromPid, fromTid, toPid, toTid) = (tracks.NodePid(e.Node), tracks.NodeThread(e.Node), tracks.NodePid(e.Peer), tracks.NodeThread(e.Peer));
                    rows.Add(new TraceRow(e.StartNanos, MessageSliceNanos, rows.Count, i, TraceRowPart.SendSlice, fromPid, fromTid));
                    rows.Add(new TraceRow(e.StartNanos, 0, rows.Count, i, TraceRowPart.FlowStart, fromPid, fromTid));
                    rows.Add(new TraceRow(e.EndNanos, MessageSliceNanos, rows.Count, i, TraceRowPart.ReceiveSlice, toPid, toTid));
                    rows.Add(new TraceRow(e.EndNanos, 0, rows.Count, i, TraceRowPart.FlowEnd, toPid, toTid));
                    break;
                case TraceEntryKind.NodeEvent:
                    rows.Add(new TraceRow(e.StartNanos, 0, rows.Count, i, TraceRowPart.Whole, tracks.NodePid(e.Node), tracks.NodeThread(e.Node)));
                    break;
                case TraceEntryKind.RunEvent:
                    var (pid, tid, _) = tracks.RunEventTrack(e.Scope);
                    rows.Add(new TraceRow(e.StartNanos, 0, rows.Count, i, TraceRowPart.Whole, pid, tid));
                    break;
                default:
                    throw new InvalidOperationException($"unknown trace entry kind {e.Kind}");
            }
        }
        var sorted = rows.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    public void Write(Utf8JsonWriter json, in TraceRow row)
    {
        var e = log.Entries[row.Entry];
        json.WriteStartObject();
        switch (row.Part)
        {
            case TraceRowPart.SendSlice or TraceRowPart.ReceiveSlice:
                Start(json, row.Part == TraceRowPart.SendSlice ? "send" : "receive", e.Name, "X", row);
                Time(json, "dur", row.DurationNanos);
                break;
            case TraceRowPart.FlowStart or TraceRowPart.FlowEnd:
                Start(json, "message", e.Name, row.Part == TraceRowPart.FlowStart ? "s" : "f", row);
                json.WriteNumber("id", tracks.FlowId(e.Id));
                if (row.Part == TraceRowPart.FlowEnd)
                {
                    json.WriteString("bp", "e");
                }
                break;
            case TraceRowPart.Whole when e.Kind is TraceEntryKind.Op or TraceEntryKind.Election:
                var op = e.Kind == TraceEntryKind.Op;
                Start(json, op && e.Detail != "ok" ? $"{e.Name} ({e.Detail})" : e.Name, op ? "client" : "election", "X", row);
                Time(json, "dur", row.DurationNanos);
                json.WriteStartObject("args");
                json.WriteString("outcome", e.Detail);
                json.WriteEndObject();
                break;
            default:
                Start(json, e.Name, e.Kind == TraceEntryKind.NodeEvent ? "node" : "run", "i", row);
                json.WriteString("s", e.Kind == TraceEntryKind.NodeEvent ? "t" : tracks.RunEventTrack(e.Scope).Scope);
                json.WriteStartObject("args");
                json.WriteString("detail", e.Detail);
                json.WriteEndObject();
                break;
        }
        json.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter json, string name, string category, string phase, in TraceRow row)
    {
        json.WriteString("name", name);
        json.WriteString("cat", category);
        json.WriteString("ph", phase);
        Time(json, "ts", row.TimeNanos);
        json.WriteNumber("pid", row.Pid);
        json.WriteNumber("tid", row.Tid);
    }

    /// <summary>Nanoseconds as microseconds with three decimals: exact, and the same on every machine.</summary>
    private static void Time(Utf8JsonWriter json, string name, long nanos)
    {
        Span<byte> text = stackalloc byte[32];
        Utf8Formatter.TryFormat(nanos / 1000, text, out var whole);
        text[whole] = (byte)'.';
        Utf8Formatter.TryFormat(nanos % 1000, text[(whole + 1)..], out var fraction, new System.Buffers.StandardFormat('D', 3));
        json.WritePropertyName(name);
        json.WriteRawValue(text[..(whole + 1 + fraction)], skipInputValidation: true);
    }
}
