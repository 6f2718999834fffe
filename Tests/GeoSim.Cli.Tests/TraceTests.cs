using System.Globalization;

namespace GeoSim.Cli.Tests;

/// <summary><c>--trace</c>: trace.json's structure, its closed-form times, its sampling, its determinism, and its bad input.</summary>
public class TraceTests
{
    /// <summary>Regions a (primary) and b, one node each, 40 ms apart, 0.5 ms inside a region; writes only, from a.</summary>
    private const string Tiny = "{name: tiny, duration: DURATION, regions: [{name: a}, {name: b}], "
        + "network: {default: {latency: 40ms}, intra-region: {latency: 0.5ms}}, "
        + "workload: {keys: 100, clients: [{region: a, rate: RATE, read-fraction: 0}]}, strategy: {type: primary-replica, primary: a}}";

    [TestCase("quickstart", "60s")]
    [TestCase("failover-async", "200s")]
    [TestCase("incidents/consensus-leader-cut-off", "50s")]
    public void A_trace_has_the_fields_order_flows_and_names_the_format_needs(string scenario, string duration)
    {
        var trace = TraceStructure.Read(Run(Path.Combine(Cli.RepoRoot(), "Scenarios", scenario + ".yaml"), "--duration", duration));
        var phases = trace.Events.Select(e => TraceStructure.Text(e, "ph")).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(TraceStructure.Text(trace.Root, "displayTimeUnit"), Is.EqualTo("ms"));
            Assert.That(phases, Is.SupersetOf(new[] { "M", "X", "s", "f" }));
            Assert.That(trace.MissingFields(), Is.Empty);
            Assert.That(trace.TimeGoingBack(), Is.Empty);
            Assert.That(trace.UnmatchedFlows(), Is.Empty);
            Assert.That(trace.Unnamed(), Is.Empty);
            Assert.That(trace.BadNesting(), Is.Empty);
        });
    }

    [Test]
    public void A_failover_shows_as_a_fault_instant_elections_and_a_promotion_on_the_promoted_node()
    {
        var trace = TraceStructure.Read(Run(Path.Combine(Cli.RepoRoot(), "Scenarios", "failover-async.yaml"), "--duration", "200s"));
        var instants = trace.Events.Where(e => TraceStructure.Text(e, "ph") == "i").ToList();
        var threads = trace.Events.Where(e => TraceStructure.Text(e, "name") == "thread_name")
            .ToDictionary(TraceStructure.Track, e => e.GetProperty("args").GetProperty("name").GetString());
        var promotion = instants.Single(e => TraceStructure.Text(e, "name") == "promotion");

        Assert.Multiple(() =>
        {
            Assert.That(instants.Select(e => TraceStructure.Text(e, "name")), Does.Contain("fault-start"));
            Assert.That(trace.Events.Count(e => TraceStructure.Text(e, "cat") == "election"), Is.GreaterThan(0));
            Assert.That(promotion.GetProperty("args").GetProperty("detail").GetString(),
                Does.StartWith(threads[TraceStructure.Track(promotion)] + " promoted"));
        });
    }

    [Test]
    public void Every_message_drawn_at_share_1_on_constant_links_gives_closed_form_slices()
    {
        var path = Run(Scenario(Cli.TempDir(), "10s", "5/s"), "--trace-sample", "1");
        var trace = TraceStructure.Read(path);
        var ops = trace.Events.Where(e => TraceStructure.Text(e, "cat") == "client").ToList();
        var starts = trace.Events.Where(e => TraceStructure.Text(e, "ph") == "s").ToDictionary(e => e.GetProperty("id").GetInt64());
        var ends = trace.Events.Where(e => TraceStructure.Text(e, "ph") == "f").ToList();

        Assert.Multiple(() =>
        {
            // A write from a to its primary in a: 0.5 ms there, 0.5 ms back.
            Assert.That(ops, Has.Count.EqualTo(ends.Count), "one replication message per write");
            Assert.That(ops.Select(o => TraceStructure.Ns(o, "dur")).Distinct(), Is.EqualTo(new[] { 1_000_000L }));
            Assert.That(ops.Select(o => TraceStructure.Text(o, "name")).Distinct(), Is.EqualTo(new[] { "write" }));
            // Each replication message crosses the 40 ms link once.
            Assert.That(ends.Select(f => TraceStructure.Ns(f, "ts") - TraceStructure.Ns(starts[f.GetProperty("id").GetInt64()], "ts")).Distinct(),
                Is.EqualTo(new[] { 40_000_000L }));
            Assert.That(ends, Has.Count.EqualTo(CrossRegionMessages(Path.GetDirectoryName(path)!)));
        });
    }

    [Test]
    public void A_share_draws_about_that_share_of_the_messages_the_run_counts()
    {
        var path = Run(Scenario(Cli.TempDir(), "20s", "500/s"), "--trace-sample", "0.1");
        var trace = TraceStructure.Read(path);
        var sent = CrossRegionMessages(Path.GetDirectoryName(path)!);
        var flows = trace.Events.Count(e => TraceStructure.Text(e, "ph") == "s");
        // Binomial(~10,000, 0.1): sd ~30; 5 sd either side, and the few still in flight at the end.
        var sd = Math.Sqrt(sent * 0.1 * 0.9);

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.GreaterThan(9000));
            Assert.That(flows, Is.InRange(sent * 0.1 - 5 * sd - 5, sent * 0.1 + 5 * sd));
        });
    }

    [Test]
    public void The_same_seed_gives_a_byte_identical_trace_and_another_seed_another()
    {
        var quickstart = Path.Combine(Cli.RepoRoot(), "Scenarios", "quickstart.yaml");
        var first = File.ReadAllBytes(Run(quickstart, "--duration", "30s", "--seed", "42"));
        var again = File.ReadAllBytes(Run(quickstart, "--duration", "30s", "--seed", "42"));
        var other = File.ReadAllBytes(Run(quickstart, "--duration", "30s", "--seed", "43"));

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Without_trace_there_is_no_trace_json_and_with_it_run_json_lists_it()
    {
        var dir = Cli.TempDir();
        var file = Scenario(dir, "5s", "5/s");
        var (offExit, _, offErr) = Cli.Run("run", file, "--out", Path.Combine(dir, "off"));
        var traced = Run(file);

        Assert.Multiple(() =>
        {
            Assert.That(offExit, Is.EqualTo(0), offErr);
            Assert.That(File.Exists(Path.Combine(dir, "off", "trace.json")), Is.False);
            Assert.That(File.ReadAllText(Path.Combine(dir, "off", "run.json")), Does.Not.Contain("trace.json"));
            Assert.That(File.ReadAllText(Path.Combine(Path.GetDirectoryName(traced)!, "run.json")), Does.Contain("\"trace.json\""));
        });
    }

    [Test]
    public void Compare_traces_each_strategy_in_processes_of_its_own()
    {
        var trace = TraceStructure.Read(Run(Path.Combine(Cli.RepoRoot(), "Scenarios", "compare-strategies.yaml"), "compare", "--duration", "20s"));
        var processes = trace.Events.Where(e => TraceStructure.Text(e, "name") == "process_name")
            .Select(e => e.GetProperty("args").GetProperty("name").GetString()!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(processes, Does.Contain("primary-replica: deployment"));
            Assert.That(processes, Does.Contain("consensus: deployment"));
            Assert.That(processes, Is.Unique);
            Assert.That(trace.UnmatchedFlows(), Is.Empty);
        });
    }

    [TestCase("--trace", "--trace-sample", "0")]
    [TestCase("--trace", "--trace-sample", "1.5")]
    [TestCase("--trace", "--trace-sample", "-0.1")]
    [TestCase("--trace", "--trace-sample", "NaN")]
    [TestCase("--trace", "--trace-sample", "abc")]
    [TestCase("--trace-sample", "0.5")]
    public void A_bad_trace_sample_is_bad_input(params string[] options)
    {
        var dir = Cli.TempDir();
        var (exit, _, err) = Cli.Run(["run", Scenario(dir, "5s", "5/s"), "--out", Path.Combine(dir, "out"), .. options]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("--trace-sample"));
            Assert.That(Directory.Exists(Path.Combine(dir, "out")), Is.False);
        });
    }

    private static string Scenario(string dir, string duration, string rate)
    {
        var file = Path.Combine(dir, "tiny.yaml");
        File.WriteAllText(file, Tiny.Replace("DURATION", duration).Replace("RATE", rate));
        return file;
    }

    /// <summary>Runs with --trace (command <c>run</c>, or the one given first) into a fresh folder; the path of trace.json.</summary>
    private static string Run(string scenario, params string[] options)
    {
        var command = options.FirstOrDefault() is "compare" ? "compare" : "run";
        var rest = options.SkipWhile(o => o == "compare");
        // Always a folder of its own: never beside a shipped scenario (a checkout may itself sit under the temp folder).
        var dir = Path.Combine(Cli.TempDir(), "out");
        var (exit, _, err) = Cli.Run([command, scenario, "--out", dir, "--trace", .. rest]);
        Assert.That(exit, Is.EqualTo(0), err);
        return Path.Combine(dir, "trace.json");
    }

    private static long CrossRegionMessages(string folder) =>
        File.ReadLines(Path.Combine(folder, "summary.csv")).Select(l => l.Split(','))
            .Where(c => c[1] == "cross_region_messages" && c[2] == "a->b")
            .Sum(c => long.Parse(c[4], CultureInfo.InvariantCulture));
}
