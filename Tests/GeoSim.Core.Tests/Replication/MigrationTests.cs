using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Replication.PrimaryReplica;
using GeoSim.Core.Run;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Replication;

/// <summary>
/// <c>migrate</c>: a class copied to the regions it moves to, then cut over. The copy's bytes and
/// time follow from the link; after the cut-over every node inside holds what the writing side
/// holds, the nodes it left hold nothing of it, and nothing is ever counted outside.
/// </summary>
public class MigrationTests
{
    private const int Keys = 1000;
    private const int ValueSize = 1000;
    private static readonly RegionId A = TestRegions.A, B = TestRegions.B, C = TestRegions.C;
    private static readonly SimDuration At = SimDuration.FromSeconds(10);

    /// <summary>Keys 0-299 in a and b at the start; they move to a and c at 10 s.</summary>
    private static readonly DataClassSpec Eu = new("eu", 0, 300, [A, B]);

    private static readonly MultiMasterSpec Lww = new("mm", ConflictResolution.Lww, [], CrdtType.Register);

    /// <summary>One node in each of a, b, c; one-way latencies from <paramref name="oneWayMs"/>; clients in each region.</summary>
    private static ScenarioSpec Scenario(StrategySpec strategy, Func<string, string, double> oneWayMs, double rate = 100, double readFraction = 0.5,
        double durationS = 30, double bandwidthToC = 0, int valueSize = ValueSize)
    {
        var scenario = TestScenarios.TwoRegions(rate: rate, readFraction: readFraction, durationS: durationS, valueSize: valueSize)
            .WithRegions(oneWayMs, ("a", 1), ("b", 1), ("c", 1));
        var client = scenario.Client();
        var links = scenario.Network.Links.Select(l => l.To == C && l.From != C ? l with { BandwidthBitsPerSecond = bandwidthToC } : l).ToList();
        return scenario with
        {
            Network = scenario.Network with { Links = links },
            Workload = scenario.Workload with { Keys = Keys, Clients = [client with { Region = A }, client with { Region = B }, client with { Region = C }] },
            Strategies = [strategy],
            DataClasses = [Eu, new DataClassSpec("rest", 300, Keys, null)],
            Migrations = [new MigrationSpec(At, 0, [A, C])],
        };
    }

    private static double Flat(string from, string to) => 10;

    private static (RunResult Result, long[][] Digests) RunWithDigests(ScenarioSpec scenario)
    {
        var simulation = new Simulation(scenario, scenario.Strategies[0]);
        var result = simulation.Run();
        var digests = Enumerable.Range(0, 3).Select(n => Enumerable.Range(0, Keys).Select(k => simulation.DigestAt(new NodeId(n), k)).ToArray()).ToArray();
        return (result, digests);
    }

    [Test]
    public void The_copy_is_every_value_of_the_class_and_takes_its_bytes_over_the_bandwidth_plus_the_latency()
    {
        // Reads only: nothing else is on the link to c when the copy leaves the primary in a.
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, bandwidthToC: 8e6);
        var result = TestScenarios.Run(scenario);
        // Two chunks (262 and 38 keys: at most 256 KiB of values each), back to back on the link.
        var bytes = 2 * Network.ControlMessageBytes + 300L * ValueSize;
        var seconds = 0.010 + bytes * 8 / 8e6;
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.MigrationBytes, "eu").Count, Is.EqualTo(bytes));
            Assert.That(result.Row(MetricNames.MigrationSeconds, "eu").Mean, Is.EqualTo(seconds).Within(1e-6));
            Assert.That(result.Events.Single(e => e.Kind == "migration-cut-over").TimeSeconds, Is.EqualTo(10 + seconds).Within(1e-6));
            Assert.That(result.Row(MetricNames.MigrationAvailability, "eu").Mean, Is.EqualTo(1));
            Assert.That(result.Row(MetricNames.MigrationTimedOutOps, "eu").Count, Is.EqualTo(0));
        });
    }

    [Test]
    public void A_paced_copy_sends_a_chunk_every_chunk_bytes_over_the_rate()
    {
        // 100 KB values: chunks of 2 keys (at most 256 KiB of values), 150 of them, one every (64 + 2e5) × 8 / 8e6 s.
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, durationS: 50,
            valueSize: 100_000) with
        {
            Migrations = [new MigrationSpec(At, 0, [A, C]) { RateBitsPerSecond = 8e6 }],
        };
        var result = TestScenarios.Run(scenario);
        var chunk = (Network.ControlMessageBytes + 2 * 100_000.0) * 8 / 8e6;
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.MigrationBytes, "eu").Count, Is.EqualTo(150 * (Network.ControlMessageBytes + 2 * 100_000L)));
            // The last chunk leaves 149 chunk times after the first, then takes one trip.
            Assert.That(result.Row(MetricNames.MigrationSeconds, "eu").Mean, Is.EqualTo(149 * chunk + 0.010).Within(150e-9));
        });
    }

    [Test]
    public void Ops_on_the_class_during_the_copy_are_counted_by_issue_time()
    {
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, bandwidthToC: 8e6);
        var result = TestScenarios.Run(scenario);
        var window = result.Row(MetricNames.MigrationSeconds, "eu").Mean!.Value;
        // Three clients of 100 ops/s each, 30 % of keys in the class: about 90 ops per second of the window.
        var expected = 300 * 0.3 * window;
        Assert.That(result.Row(MetricNames.MigrationAvailability, "eu").Count, Is.EqualTo(expected).Within(4.5 * Math.Sqrt(expected)));
    }

    [Test]
    public void A_partition_of_the_joining_region_holds_the_cut_over_until_the_copy_gets_through()
    {
        var healed = 20.0;
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1) with
        {
            Faults = [new IsolateFault(SimDuration.FromSeconds(9), SimDuration.FromSeconds(healed - 9), C)],
        };
        // Clients in a and b only: c's own clients are cut off by the partition, not by the move.
        scenario = scenario.WithClients(scenario.Client() with { Region = A }, scenario.Client() with { Region = B });
        var result = TestScenarios.Run(scenario);
        var cutOver = result.Events.Single(e => e.Kind == "migration-cut-over").TimeSeconds;
        // The held stream resumes reconnect-after past the heal; the copy then takes one trip.
        var expected = healed + NetworkSpec.DefaultReconnectAfter.TotalSeconds + 0.010;
        Assert.Multiple(() =>
        {
            Assert.That(cutOver, Is.GreaterThanOrEqualTo(healed));
            Assert.That(cutOver, Is.LessThanOrEqualTo(expected + 1.0 + 1e-6), "a copy lost with the partition is sent again within a second");
            Assert.That(result.Row(MetricNames.MigrationAvailability, "eu").Mean, Is.EqualTo(1), "the class is served from a meanwhile");
        });
    }

    [TestCase("primary-replica")]
    [TestCase("multi-master")]
    public void After_the_cut_over_the_joining_node_holds_what_the_writers_hold_and_the_leaving_node_nothing(string type)
    {
        StrategySpec strategy = type == "multi-master" ? Lww : new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local);
        // Writes stop at 25 s (clients' ops end with the run at 30 s minus nothing): compare once the streams drained.
        var scenario = Scenario(strategy, Flat, rate: 200, readFraction: 0.5, durationS: 30);
        var (result, digests) = RunWithDigests(scenario);
        var eu = Enumerable.Range(0, 300).ToArray();
        var initial = CommitLedger.Initial;
        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.ResidencyViolations), Is.EqualTo(0));
            Assert.That(eu.Count(k => digests[1][k] != initial), Is.EqualTo(0), "b dropped the class");
            Assert.That(eu.Count(k => digests[0][k] != initial), Is.GreaterThan(250), "a holds most eu keys");
            // The run ends while writes are in flight: allow the last 100 ms of writes to differ.
            Assert.That(eu.Count(k => digests[2][k] != digests[0][k]), Is.LessThanOrEqualTo(15), "c holds what a holds");
            Assert.That(Enumerable.Range(300, Keys - 300).Count(k => digests[1][k] == initial), Is.LessThan(100), "b keeps the rest");
        });
    }

    [Test]
    public void A_multi_master_copy_source_hands_on_writes_sent_before_the_move_so_the_joining_node_misses_none()
    {
        // b is the copy source (nearest to c); a's writes take 2 s to reach b, so at 10 s two
        // seconds of a's eu writes are on their way to b only. b hands each on to c.
        double Latency(string from, string to) => (from, to) is ("a", "b") or ("b", "a") ? 2000 : (from, to) is ("b", "c") or ("c", "b") ? 5 : 50;
        var scenario = Scenario(Lww, Latency, rate: 100, readFraction: 0.5, durationS: 16) with
        {
            Migrations = [new MigrationSpec(At, 0, [A, B, C])],
        };
        var client = scenario.Client();
        scenario = scenario.WithClients(client with { Region = A });
        var (result, digests) = RunWithDigests(scenario);
        var eu = Enumerable.Range(0, 300).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.ResidencyViolations), Is.EqualTo(0));
            // 800 writes in 16 s, 30 % of them to the 300 eu keys: about 165 keys written.
            Assert.That(eu.Count(k => digests[0][k] != CommitLedger.Initial), Is.GreaterThan(120));
            // Writes of a's last 2 s have not reached b yet, nor (through b) c; a's writes since 10 s reached c directly.
            Assert.That(eu.Count(k => digests[2][k] != digests[1][k]), Is.LessThanOrEqualTo(40), "c holds what b holds, but for the last writes");
            Assert.That(eu.Count(k => digests[2][k] == CommitLedger.Initial && digests[1][k] != CommitLedger.Initial), Is.EqualTo(0),
                "no key b has is missing at c");
        });
    }

    [Test]
    public void The_leaving_region_is_not_left_waiting_for_the_class()
    {
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, rate: 200, durationS: 30);
        var result = TestScenarios.Run(scenario);
        // b stops taking eu values at the cut-over: it must not look further and further behind.
        Assert.That(result.Row(MetricNames.ReplicaBehind, "b").Max, Is.LessThan(100));
    }

    [Test]
    public void An_unpaced_copy_on_a_thin_link_holds_up_the_ops_behind_it_and_they_count_against_the_class()
    {
        // 300 KB at 0.8 Mbit/s: 3 s on the link into c, longer than c's 2 s timeout. c's eu ops go to
        // a (c does not serve the class yet), and their replies wait behind the copy.
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, bandwidthToC: 0.8e6);
        scenario = scenario.WithClients(scenario.Client() with { Region = C });
        var result = TestScenarios.Run(scenario);
        var availability = result.Row(MetricNames.MigrationAvailability, "eu");
        var timedOut = result.Row(MetricNames.MigrationTimedOutOps, "eu").Count;
        var window = result.Row(MetricNames.MigrationSeconds, "eu").Mean!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(window, Is.EqualTo(0.010 + (2 * Network.ControlMessageBytes + 300L * ValueSize) * 8 / 0.8e6).Within(1e-6));
            // Ops issued in the window's first second are answered after the copy: past their 2 s timeout.
            Assert.That(timedOut, Is.GreaterThan(0.3 * 100 * (window - 2) * 0.5));
            Assert.That(availability.Mean, Is.EqualTo(1 - (double)timedOut / availability.Count).Within(1e-12));
            Assert.That(availability.Count, Is.EqualTo(0.3 * 100 * window).Within(4.5 * Math.Sqrt(0.3 * 100 * window)));
        });
    }

    [Test]
    public void A_run_that_ends_before_the_copy_lands_has_no_migration_time_and_counts_ops_to_its_end()
    {
        // 300 KB at 80 kbit/s takes 30 s: the 20 s run ends first.
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, durationS: 20,
            bandwidthToC: 80e3);
        var result = TestScenarios.Run(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(result.Summary.Any(r => r.Metric == MetricNames.MigrationSeconds), Is.False);
            Assert.That(result.Events.Any(e => e.Kind == "migration-cut-over"), Is.False);
            Assert.That(result.Row(MetricNames.MigrationBytes, "eu").Count, Is.EqualTo(2 * Network.ControlMessageBytes + 300L * ValueSize));
            Assert.That(result.Total(MetricNames.ResidencyViolations), Is.EqualTo(0));
        });
    }

    [Test]
    public void A_copy_lost_with_its_senders_crash_is_sent_again_from_the_next_nearest_node()
    {
        // Multi-master: b (5 ms from c) sends the copy, 300 KB at 8 Mbit/s (0.3 s); b crashes at
        // 10.1 s with it on the wire. The next check (11 s) sends it again from a (50 ms from c).
        double Latency(string from, string to) => (from, to) is ("b", "c") or ("c", "b") ? 5 : 50;
        var scenario = Scenario(Lww, Latency, readFraction: 1, bandwidthToC: 8e6) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(10.1), SimDuration.FromSeconds(5), B, null)],
        };
        var result = TestScenarios.Run(scenario);
        var copy = 2 * Network.ControlMessageBytes + 300L * ValueSize;
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.MigrationBytes, "eu").Count, Is.EqualTo(2 * copy), "sent twice");
            Assert.That(result.Row(MetricNames.MigrationSeconds, "eu").Mean, Is.EqualTo(1 + 0.050 + copy * 8 / 8e6).Within(1e-6));
        });
    }

    [Test]
    public void A_joining_node_that_crashes_during_the_copy_gets_it_again_once_it_is_back()
    {
        var scenario = Scenario(new PrimaryReplicaSpec("pr", A, ReplicationMode.Async, ReadFrom.Local), Flat, readFraction: 1, bandwidthToC: 8e6) with
        {
            Faults = [new OutageFault(SimDuration.FromSeconds(10.1), SimDuration.FromSeconds(3), C, null)],
        };
        var result = TestScenarios.Run(scenario);
        var cutOver = result.Events.Single(e => e.Kind == "migration-cut-over").TimeSeconds;
        Assert.Multiple(() =>
        {
            Assert.That(result.Row(MetricNames.MigrationBytes, "eu").Count, Is.EqualTo(2 * (2 * Network.ControlMessageBytes + 300L * ValueSize)));
            Assert.That(cutOver, Is.GreaterThan(13.1), "after c is back");
            Assert.That(cutOver, Is.LessThan(13.1 + 1 + NetworkSpec.DefaultReconnectAfter.TotalSeconds + 0.4), "within a check and a reconnect of it");
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_migration()
    {
        var scenario = Scenario(Lww, Flat, bandwidthToC: 8e6);
        var first = TestScenarios.Run(scenario);
        var second = TestScenarios.Run(scenario);
        Assert.That(second.Summary, Is.EqualTo(first.Summary));
        Assert.That(second.Events, Is.EqualTo(first.Events));
    }
}
