using System.Text.Json;
using GeoSim.Core.Tracing;
using GeoSim.Reports.Trace;

namespace GeoSim.Reports.Tests.Trace;

public class TraceJsonTests
{
    /// <summary>Regions a (nodes a/0, a/1) and b (b/0).</summary>
    private static TraceLog Log(params TraceEntry[] entries) =>
        new(["a", "b"], [0, 0, 1], ["a/0", "a/1", "b/0"], entries, 1, 1, entries.Length);

    [Test]
    public void Times_are_exact_microseconds_with_nanosecond_decimals()
    {
        var events = Write(Log(
            new TraceEntry(TraceEntryKind.Op, 1_234_567_891, 1_235_567_891, 1, -1, "write", "ok", 0, 5),
            new TraceEntry(TraceEntryKind.Message, 7, 40_000_007, 0, 2, "stream", "", 4, 9)));
        var text = events.Text;

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"ts\":1234567.891,\"pid\":2,\"tid\":2,\"dur\":1000.000"));
            Assert.That(text, Does.Contain("\"name\":\"send\",\"cat\":\"stream\",\"ph\":\"X\",\"ts\":0.007,\"pid\":2,\"tid\":1,\"dur\":0.001"));
            Assert.That(text, Does.Contain("\"name\":\"receive\",\"cat\":\"stream\",\"ph\":\"X\",\"ts\":40000.007,\"pid\":3,\"tid\":3,\"dur\":0.001"));
            Assert.That(text, Does.Contain("\"ph\":\"f\",\"ts\":40000.007,\"pid\":3,\"tid\":3,\"id\":4,\"bp\":\"e\""));
        });
    }

    [TestCase("a/1", 2, 2, "t")]
    [TestCase("b", 3, 0, "p")]
    [TestCase("a->b", 1, 0, "g")]
    [TestCase("", 1, 0, "g")]
    public void A_run_event_goes_to_its_node_its_region_or_the_deployment(string scope, int pid, int tid, string instantScope)
    {
        var events = Write(Log(new TraceEntry(TraceEntryKind.RunEvent, 5_000, 5_000, -1, -1, "fault-start", "outage", 0, 0) { Scope = scope }));
        var instant = events.Events.Single(e => e.GetProperty("ph").GetString() == "i");
        var thread = events.Events.Single(e => e.GetProperty("name").GetString() == "thread_name");

        Assert.Multiple(() =>
        {
            Assert.That(instant.GetProperty("pid").GetInt32(), Is.EqualTo(pid));
            Assert.That(instant.GetProperty("tid").GetInt32(), Is.EqualTo(tid));
            Assert.That(instant.GetProperty("s").GetString(), Is.EqualTo(instantScope));
            Assert.That((thread.GetProperty("pid").GetInt32(), thread.GetProperty("tid").GetInt32()), Is.EqualTo((pid, tid)));
        });
    }

    [Test]
    public void Slices_starting_together_are_written_longest_first_so_they_nest()
    {
        var events = Write(Log(
            new TraceEntry(TraceEntryKind.Message, 100, 200, 0, 2, "stream", "", 1, 1),
            new TraceEntry(TraceEntryKind.Op, 100, 5_000, 0, -1, "read", "timeout", 0, 1)));
        var slices = events.Events.Where(e => e.GetProperty("ph").GetString() == "X" && e.GetProperty("tid").GetInt32() == 1)
            .Select(e => e.GetProperty("name").GetString()).ToList();

        Assert.That(slices, Is.EqualTo(new[] { "read (timeout)", "send" }));
    }

    [Test]
    public void Untraced_results_write_no_file()
    {
        using var folder = new ScratchFolder();
        TraceJson.Write(folder.Path, [SampleResults.Async()]);
        Assert.That(File.Exists(Path.Combine(folder.Path, TraceJson.FileName)), Is.False);
    }

    private static (string Text, List<JsonElement> Events) Write(TraceLog log)
    {
        using var folder = new ScratchFolder();
        TraceJson.Write(folder.Path, [SampleResults.Async() with { Trace = log }]);
        var text = File.ReadAllText(Path.Combine(folder.Path, TraceJson.FileName));
        return (text, [.. JsonDocument.Parse(text).RootElement.GetProperty("traceEvents").EnumerateArray()]);
    }
}
