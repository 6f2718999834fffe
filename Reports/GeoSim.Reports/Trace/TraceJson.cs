using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoSim.Core.Metrics;

namespace GeoSim.Reports.Trace;

/// <summary>
/// trace.json: the traced runs' timelines in the Chrome Trace Event Format (JSON object form),
/// which ui.perfetto.dev and chrome://tracing open. Streamed with <see cref="Utf8JsonWriter"/>, so
/// a large trace is never held as text; written only when a run was traced.
/// </summary>
public static class TraceJson
{
    public const string FileName = "trace.json";

    /// <summary>Writes trace.json into <paramref name="folder"/> when any of <paramref name="results"/> was traced.</summary>
    public static void Write(string folder, IReadOnlyList<RunResult> results)
    {
        if (results.All(r => r.Trace is null))
        {
            return;
        }
        using var file = File.Create(Path.Combine(folder, FileName));
        using (var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("displayTimeUnit", "ms");
            WriteOtherData(json, results);
            json.WriteStartArray("traceEvents");
            var labelled = results.Count > 1;
            for (var s = 0; s < results.Count; s++)
            {
                if (results[s].Trace is { } log)
                {
                    var tracks = new TraceTracks(log, s, results.Count, labelled ? results[s].Strategy : null);
                    var events = new TraceEvents(log, tracks);
                    var rows = events.Rows();
                    WriteNames(json, tracks, log.RegionNames.Count, rows);
                    foreach (var row in rows)
                    {
                        events.Write(json, row);
                    }
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        file.WriteByte((byte)'\n');
    }

    /// <summary>What was drawn, per strategy, as the format's free-form metadata (strings, as viewers expect).</summary>
    private static void WriteOtherData(Utf8JsonWriter json, IReadOnlyList<RunResult> results)
    {
        json.WriteStartObject("otherData");
        json.WriteString("scenario", results[0].ScenarioName);
        json.WriteString("seed", results[0].Seed.ToString(CultureInfo.InvariantCulture));
        foreach (var result in results)
        {
            if (result.Trace is { } log)
            {
                var traced = log.Entries.Count(e => e.Kind == Core.Tracing.TraceEntryKind.Message);
                json.WriteString($"{result.Strategy}: trace_sample", string.Create(CultureInfo.InvariantCulture,
                    $"{log.EffectiveSample:R} (asked {log.RequestedSample:R})"));
                json.WriteString($"{result.Strategy}: messages", string.Create(CultureInfo.InvariantCulture,
                    $"{traced} traced of {log.MessagesDelivered} delivered"));
            }
        }
        json.WriteEndObject();
    }

    /// <summary>Names for every process, and for every thread a row uses.</summary>
    private static void WriteNames(Utf8JsonWriter json, TraceTracks tracks, int regions, TraceRow[] rows)
    {
        var processes = Enumerable.Range(0, regions).Select(tracks.RegionPid).Prepend(tracks.DeploymentPid).ToArray();
        foreach (var pid in processes)
        {
            Metadata(json, "process_name", pid, 0, tracks.ProcessName(pid));
            json.WriteStartObject();
            json.WriteString("name", "process_sort_index");
            json.WriteString("ph", "M");
            json.WriteNumber("pid", pid);
            json.WriteNumber("tid", 0);
            json.WriteStartObject("args");
            json.WriteNumber("sort_index", pid);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        var threads = rows.Select(r => (r.Pid, r.Tid)).ToHashSet();
        foreach (var (pid, tid) in threads.Order())
        {
            Metadata(json, "thread_name", pid, tid, tracks.ThreadName(tid));
        }
    }

    private static void Metadata(Utf8JsonWriter json, string name, int pid, int tid, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "M");
        json.WriteNumber("pid", pid);
        json.WriteNumber("tid", tid);
        json.WriteStartObject("args");
        json.WriteString("name", value);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
