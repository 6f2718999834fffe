using System.Text.Json;

namespace GeoSim.Cli.Tests;

/// <summary>
/// Checks a trace.json against the Chrome Trace Event Format as GeoSim writes it; each method
/// returns the problems found (empty when none), so a failure names every one.
/// </summary>
internal sealed class TraceStructure(JsonElement root)
{
    public static TraceStructure Read(string path) => new(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement);

    public List<JsonElement> Events => [.. root.GetProperty("traceEvents").EnumerateArray()];

    public JsonElement Root => root;

    /// <summary>Every event has the fields its phase needs, with the right types.</summary>
    public List<string> MissingFields()
    {
        var problems = new List<string>();
        foreach (var e in Events)
        {
            var ph = Text(e, "ph");
            var needed = ph switch
            {
                "X" => ["name", "cat", "ts", "dur", "pid", "tid"],
                "i" => ["name", "cat", "ts", "pid", "tid", "s"],
                "s" => ["name", "cat", "ts", "pid", "tid", "id"],
                "f" => ["name", "cat", "ts", "pid", "tid", "id", "bp"],
                "M" => new[] { "name", "pid", "tid", "args" },
                _ => null,
            };
            if (needed is null)
            {
                problems.Add($"unknown ph in {e}");
                continue;
            }
            problems.AddRange(needed.Where(f => !e.TryGetProperty(f, out _)).Select(f => $"{f} missing in {e}"));
            if (ph == "i" && Text(e, "s") is not ("t" or "p" or "g"))
            {
                problems.Add($"bad instant scope in {e}");
            }
            if (ph == "f" && Text(e, "bp") != "e")
            {
                problems.Add($"flow end not bound to its enclosing slice: {e}");
            }
            if (ph == "X" && e.GetProperty("dur").GetDouble() < 0)
            {
                problems.Add($"negative dur in {e}");
            }
        }
        return problems;
    }

    /// <summary>Slices and instants of each thread, as written, do not go back in time.</summary>
    public List<string> TimeGoingBack()
    {
        var last = new Dictionary<(int, int), double>();
        var problems = new List<string>();
        foreach (var e in Events.Where(e => Text(e, "ph") is "X" or "i"))
        {
            var track = Track(e);
            var ts = e.GetProperty("ts").GetDouble();
            if (last.TryGetValue(track, out var before) && ts < before)
            {
                problems.Add($"ts {ts} after {before} on {track}");
            }
            last[track] = ts;
        }
        return problems;
    }

    /// <summary>Every flow start has exactly one end with its id, no earlier; no end lacks a start.</summary>
    public List<string> UnmatchedFlows()
    {
        var starts = Events.Where(e => Text(e, "ph") == "s").GroupBy(e => e.GetProperty("id").GetInt64()).ToDictionary(g => g.Key, g => g.ToList());
        var ends = Events.Where(e => Text(e, "ph") == "f").GroupBy(e => e.GetProperty("id").GetInt64()).ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        foreach (var (id, s) in starts)
        {
            if (s.Count != 1 || !ends.TryGetValue(id, out var f) || f.Count != 1)
            {
                problems.Add($"flow {id}: {s.Count} start(s), {(ends.TryGetValue(id, out var n) ? n.Count : 0)} end(s)");
            }
            else if (f[0].GetProperty("ts").GetDouble() < s[0].GetProperty("ts").GetDouble())
            {
                problems.Add($"flow {id} ends before it starts");
            }
        }
        problems.AddRange(ends.Keys.Where(id => !starts.ContainsKey(id)).Select(id => $"flow {id} ends without a start"));
        return problems;
    }

    /// <summary>Every process and thread an event uses has a name.</summary>
    public List<string> Unnamed()
    {
        var names = Events.Where(e => Text(e, "ph") == "M").ToList();
        var processes = names.Where(e => Text(e, "name") == "process_name").Select(e => e.GetProperty("pid").GetInt32()).ToHashSet();
        var threads = names.Where(e => Text(e, "name") == "thread_name").Select(Track).ToHashSet();
        var used = Events.Where(e => Text(e, "ph") != "M").Select(Track).Distinct().ToList();
        return
        [
            .. used.Where(t => !processes.Contains(t.Pid)).Select(t => $"process {t.Pid} has no name"),
            .. used.Where(t => !threads.Contains(t)).Select(t => $"thread {t} has no name"),
        ];
    }

    /// <summary>Slices of one thread nest (none crosses another), and every flow event sits at the start of a slice of its thread.</summary>
    public List<string> BadNesting()
    {
        var problems = new List<string>();
        foreach (var track in Events.Where(e => Text(e, "ph") != "M").GroupBy(Track))
        {
            var slices = track.Where(e => Text(e, "ph") == "X")
                .Select(e => (Start: Ns(e, "ts"), End: Ns(e, "ts") + Ns(e, "dur")))
                .OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
            var open = new Stack<long>();
            foreach (var (start, end) in slices)
            {
                while (open.Count > 0 && open.Peek() <= start)
                {
                    open.Pop();
                }
                if (open.Count > 0 && end > open.Peek())
                {
                    problems.Add($"slice [{start}, {end}] crosses the end {open.Peek()} of its parent on {track.Key}");
                }
                open.Push(end);
            }
            var starts = slices.Select(s => s.Start).ToHashSet();
            problems.AddRange(track.Where(e => Text(e, "ph") is "s" or "f" && !starts.Contains(Ns(e, "ts")))
                .Select(e => $"flow event with no slice to bind to: {e}"));
        }
        return problems;
    }

    public static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    public static (int Pid, int Tid) Track(JsonElement e) => (e.GetProperty("pid").GetInt32(), e.GetProperty("tid").GetInt32());

    /// <summary>A time in nanoseconds: written as microseconds with three decimals, exactly.</summary>
    public static long Ns(JsonElement e, string name) => (long)Math.Round(e.GetProperty(name).GetDecimal() * 1000);
}
