namespace GeoSim.Cli.Tests.Fuzz;

/// <summary>
/// Inputs the fuzz once found ending in exit 1, a stack trace, a hang or exhausted memory: each now
/// gets exit 2 with file:line:col before anything runs, or runs, within a time bound.
/// </summary>
public class RootCauseTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private const string Base = """
        name: t
        duration: 20s
        regions: [{name: a}, {name: b}]
        network: {links: [{between: [a, b], latency: LATENCY, bandwidth: BANDWIDTH}]}
        workload: {keys: KEYS, value-size: SIZE, clients: [{region: a, rate: RATE, sessions: SESSIONS}]}
        strategy: {type: primary-replica, primary: a, failover: {heartbeat-every: HEARTBEAT}}
        metrics: {interval: INTERVAL}
        faults: [{type: random-outages, mtbf: MTBF, mttr: MTTR}]
        """;

    /// <param name="overrides">Placeholders to set, e.g. <c>SIZE=2147483647B|BANDWIDTH=1bps</c>.</param>
    private static string Scenario(string overrides)
    {
        var defaults = new Dictionary<string, string>
        {
            ["LATENCY"] = "40ms", ["BANDWIDTH"] = "1Gbps", ["KEYS"] = "1000", ["SIZE"] = "1KB", ["RATE"] = "100/s", ["SESSIONS"] = "10",
            ["HEARTBEAT"] = "1s", ["INTERVAL"] = "1s", ["MTBF"] = "1h", ["MTTR"] = "1s",
        };
        foreach (var assignment in overrides.Split('|'))
        {
            var (key, value) = (assignment[..assignment.IndexOf('=')], assignment[(assignment.IndexOf('=') + 1)..]);
            defaults[key] = value;
        }
        return defaults.Aggregate(Base, (text, d) => text.Replace(d.Key, d.Value));
    }

    // Root cause 1: simulated time overflowed ("event scheduled in the past").
    [TestCase("LATENCY=200000d", 4)]
    [TestCase("LATENCY=\"lognormal(median=1ms, sigma=1000)\"", 4)]
    [TestCase("LATENCY=\"normal(mean=1ms, stddev=1e9d)\"", 4)]
    [TestCase("LATENCY=\"pareto(scale=1ms, shape=0.01)\"", 4)]
    [TestCase("SIZE=2147483647B|BANDWIDTH=1bps", 5)]
    // Root cause 2: the interval clock overflowed or exhausted memory.
    [TestCase("INTERVAL=1ns", 7)]
    [TestCase("INTERVAL=1us", 7)]
    // Root cause 3: counts bounded only by int.MaxValue.
    [TestCase("KEYS=2147483647", 5)]
    [TestCase("SESSIONS=2147483647", 5)]
    // Root cause 5: event floods.
    [TestCase("RATE=1e8/s", 5)]
    [TestCase("HEARTBEAT=1ns", 6)]
    [TestCase("HEARTBEAT=10ns", 6)]
    [TestCase("MTBF=1ns|MTTR=1ns", 8)]
    public void A_scenario_that_hit_it_gets_exit_2_at_its_line(string overrides, int line)
    {
        var (exit, err) = Run(Scenario(overrides));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), err);
            Assert.That(err, Does.Match($@"t\.yaml:{line}:\d+: error: "));
            Assert.That(err, Does.Not.Contain("   at "));
        });
    }

    // Near the limits, what fits runs: a heavy but bounded tail, a slow link, a millisecond heartbeat.
    [TestCase("LATENCY=\"pareto(scale=1ms, shape=0.5)\"")]
    [TestCase("BANDWIDTH=1bps")]
    [TestCase("HEARTBEAT=1ms")]
    [TestCase("INTERVAL=1ms")]
    public void What_fits_runs(string overrides)
    {
        var (exit, err) = Run(Scenario(overrides));
        Assert.That(exit, Is.EqualTo(0), err);
    }

    // Root cause 6: unbounded or blocking input files.
    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void A_device_as_the_scenario_gets_exit_2(string path)
    {
        var (exit, err) = ChildProcess.RunGeoSim(["validate", path], Cli.TempDir(), Bound);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.StartWith($"{path}:1:1: error: '{path}' is empty, or is not a regular file"));
        });
    }

    [Test]
    public void A_device_as_a_sample_file_gets_exit_2_at_the_file_argument()
    {
        var (exit, err) = Run(Scenario("LATENCY=\"empirical(file=/dev/zero)\""));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("t.yaml:4:62: error: sample file '/dev/zero' is empty, or is not a regular file (a device or a pipe)"));
        });
    }

    [Test]
    public void A_duration_override_beyond_the_limits_gets_exit_2()
    {
        var dir = Cli.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.yaml"), Scenario("RATE=100/s"));
        var (exit, err) = ChildProcess.RunGeoSim(["run", "t.yaml", "--duration", "30d", "--out", Path.Combine(dir, "out")], dir, Bound);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("geosim: --duration 30d: duration 30d in intervals of 1s makes 2592000 intervals; at most 100000"));
        });
    }

    private static (int? Exit, string Err) Run(string scenario)
    {
        var dir = Cli.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.yaml"), scenario);
        return ChildProcess.RunGeoSim(["run", "t.yaml", "--out", Path.Combine(dir, "out")], dir, Bound);
    }
}
