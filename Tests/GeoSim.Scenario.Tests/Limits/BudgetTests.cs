using GeoSim.Core.Run;
using GeoSim.Core;
using GeoSim.Scenario.Limits;
using GeoSim.Scenario.Tests.Loading;

namespace GeoSim.Scenario.Tests.Limits;

/// <summary>Memory and events are estimated from the scenario before a run, and a run that cannot fit is refused at the key that drives it.</summary>
public class BudgetTests
{
    [Test]
    public void Keys_near_int_max_are_refused_at_keys_with_the_estimate()
    {
        var yaml = Scenarios.Minimal.Replace("workload:\n", "workload:\n  keys: 2147483647\n");
        var error = Errors.Of(yaml).Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo((6, 9)));
            Assert.That(error.Message, Does.StartWith("this scenario needs about 116 GiB of memory (key state (keys x nodes) 116 GiB"));
            Assert.That(error.Message, Does.EndWith("at most 2 GiB: lower keys, nodes, sessions or the number of metric intervals"));
        });
    }

    [Test]
    public void Huge_session_counts_are_refused_at_sessions()
    {
        var error = Errors.Of(Scenarios.Minimal.Replace("rate: 100/s", "rate: 100/s\n      sessions: 2147483647")).Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo((9, 17)));
            Assert.That(error.Message, Does.Contain("sessions 600 GiB"));
        });
    }

    [Test]
    public void A_thousand_regions_of_64_nodes_are_refused_for_their_node_pairs()
    {
        var regions = string.Concat(Enumerable.Range(0, 1000).Select(i => $"  - name: r{i}\n    nodes: 64\n"));
        var yaml = $"name: t\nduration: 10s\nregions:\n{regions}network:\n  default:\n  latency: 1ms\n".Replace("  latency", "    latency")
            + "workload:\n  clients:\n    - region: r0\n      rate: 1/s\nstrategy:\n  type: primary-replica\n  primary: r0\n";
        var error = Errors.Of(yaml).Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo((5, 12)), "the first nodes: of the file");
            Assert.That(error.Message, Does.Contain("node pairs (nodes x nodes) 183.1 GiB"));
        });
    }

    [Test]
    public void A_rate_of_1e8_per_second_is_refused_at_the_rate_for_its_memory_and_its_events()
    {
        var errors = Errors.Of(Scenarios.Minimal.Replace("rate: 100/s", "rate: 1e8/s"));
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[] { (8, 13), (8, 13) }));
            Assert.That(errors[0].Message, Does.Contain("operations in flight (rate x timeout) 11.9 GiB"));
            Assert.That(errors[1].Message, Does.Contain("client operations 4e9"));
        });
    }

    [Test]
    public void A_flood_of_client_operations_is_refused_by_the_event_budget()
    {
        var yaml = Scenarios.Minimal.Replace("duration: 10s", "duration: 1h").Replace("rate: 100/s", "rate: 1e6/s\n      timeout: 1ms");
        var error = Errors.Of(yaml).Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo((8, 13)));
            Assert.That(error.Message, Does.StartWith("this run would process about 1.44e10 events (client operations 1.44e10"));
        });
    }

    [Test]
    public void A_nanosecond_heartbeat_is_refused_at_heartbeat_every_for_its_memory_and_its_events()
    {
        var errors = Errors.Of(Scenarios.FiveRegions + "  failover:\n    heartbeat-every: 1ns\n");
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[] { (21, 22), (21, 22) }));
            // 7 nodes, 40ms on the wire: 49 × 4e7 statuses in flight; 49 × 600s / 1ns events.
            Assert.That(errors[0].Message, Does.Contain("heartbeats in flight (nodes x nodes x latency / heartbeat-every) 116.8 GiB"));
            Assert.That(errors[1].Message, Does.Contain("heartbeats 2.94e13"));
        });
    }

    [TestCase("mtbf: 1ns", "mttr: 1ns")]
    [TestCase("mtbf: 1us", "mttr: 1us")]
    public void Random_faults_toggling_every_few_nanoseconds_are_refused_at_mtbf(string mtbf, string mttr)
    {
        var yaml = Scenarios.FiveRegions + $"faults:\n  - type: random-outages\n    at: 0s\n    for: 10m\n    {mtbf}\n    {mttr}\n";
        var error = Errors.Of(yaml).Single();
        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo((24, 11)));
            Assert.That(error.Message, Does.Contain("random fault toggles"));
        });
    }

    [Test]
    public void The_memory_estimate_bounds_what_building_a_run_allocates()
    {
        // Two million keys on five nodes: the per-key arrays dominate, so the estimate must cover them without being far above.
        var scenario = ScenarioLoader.Load(Scenarios.FiveRegions.Replace("workload:\n", "workload:\n  keys: 2000000\n"), "t.yaml").Scenario!;
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = new Simulation(scenario, scenario.Strategies[0]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var estimate = MemoryEstimate.Bytes(scenario);
        Assert.That(allocated, Is.InRange(estimate / 4, estimate));
    }

    [Test]
    public void The_event_estimate_is_within_a_factor_of_two_of_a_run()
    {
        var scenario = ScenarioLoader.Load(Scenarios.FiveRegions.Replace("duration: 10m", "duration: 20s"), "t.yaml").Scenario!;
        var events = new Simulation(scenario, scenario.Strategies[0]).Run().EventsProcessed;
        Assert.That(EventEstimate.Events(scenario), Is.InRange(events / 2.0, events * 2.0));
    }
}
