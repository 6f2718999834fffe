using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Replication;
using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>
/// One key, replicas in b, c and d, written from a for the first 10 s while d is cut off from a
/// (until 20 s): d misses every write. What brings it back: read repair, hinted handoff,
/// anti-entropy, or nothing.
/// </summary>
public class QuorumRepairTests
{
    private const int Key = 0;
    private static readonly (string, int)[] Regions = [("a", 1), ("b", 1), ("c", 1), ("d", 1)];
    private static readonly int NodeB = 1, NodeD = 3;

    private static double Uniform(string from, string to) => 20;

    private static QuorumSpec Replicas => QuorumScenarios.Spec(QuorumScenarios.PerRegion(1, B, C, D), read: "one");

    /// <summary>Writes at 2 per second until 10 s (and, with <paramref name="reads"/>, reads at 2 per second throughout), d cut off from a until 20 s, 60 s in all.</summary>
    private static (RunResult Result, long[] Digests) Run(QuorumSpec spec, bool reads = false)
    {
        var scenario = QuorumScenarios.Build(spec, Uniform, rate: 2, readFraction: 0, durationS: 60, Regions, keys: 1,
            until: SimDuration.FromSeconds(10), faults: [new PartitionFault(SimDuration.Zero, SimDuration.FromSeconds(20), A, D, OneWay: false)]);
        var writer = scenario.Workload.Clients[0];
        return QuorumScenarios.RunWithDigests(
            reads ? scenario with { Workload = scenario.Workload with { Clients = [writer, writer with { ReadFraction = 1, Until = null }] } } : scenario, Key);
    }

    [Test]
    public void Without_read_repair_reads_leave_the_stale_replica_alone()
    {
        var (result, digests) = Run(Replicas, reads: true);
        Assert.Multiple(() =>
        {
            Assert.That(digests[NodeD], Is.Not.EqualTo(digests[NodeB]));
            Assert.That(result.Total(MetricNames.ReadRepairs), Is.Zero);
        });
    }

    [Test]
    public void Without_repair_the_replica_that_missed_the_writes_stays_behind()
    {
        var (result, digests) = Run(Replicas);
        Assert.Multiple(() =>
        {
            Assert.That(digests[NodeD], Is.Not.EqualTo(digests[NodeB]));
            Assert.That(result.Total(MetricNames.ReplicationLagCensored), Is.GreaterThan(0), "d never applied the writes");
        });
    }

    [Test]
    public void A_read_that_sees_the_stale_replica_repairs_it_and_counts_it()
    {
        // Reads ask every replica; once d answers again (after 20 s) with its old version, the
        // coordinator writes the newest back to it.
        var (result, digests) = Run(Replicas with { ReadRepair = true }, reads: true);

        var repairs = result.Summary.Where(r => r.Metric == MetricNames.ReadRepairs).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(digests[NodeD], Is.EqualTo(digests[NodeB]));
            Assert.That(repairs.Sum(r => r.Count), Is.EqualTo(1), "the first read after the heal repairs d; later ones see three equal answers");
            Assert.That(result.Total(MetricNames.ReplicationLagCensored), Is.Zero, "the newest version brings d past the writes it missed");
            Assert.That(repairs.Where(r => r.Count > 0).Select(r => r.Scope), Is.EqualTo(new[] { "d" }), "counted where the replica was repaired");
        });
    }

    [Test]
    public void Hinted_handoff_replays_every_missed_write_once_the_replica_is_reachable()
    {
        var (result, digests) = Run(Replicas with { HintWindow = SimDuration.FromSeconds(3600) });

        var writes = result.Row(MetricNames.WriteLatency, "all").Count;
        Assert.Multiple(() =>
        {
            Assert.That(writes, Is.GreaterThan(5));
            Assert.That(result.Total(MetricNames.HintsReplayed), Is.EqualTo(writes), "one hint per write, for d");
            Assert.That(digests[NodeD], Is.EqualTo(digests[NodeB]));
            Assert.That(result.Total(MetricNames.ReplicationLagCensored), Is.Zero);
        });
    }

    [Test]
    public void Hints_older_than_the_window_are_dropped()
    {
        // The hints are made at about 2-12 s and the partition heals at 20 s: a 5 s window loses them all.
        var (result, digests) = Run(Replicas with { HintWindow = SimDuration.FromSeconds(5) });
        Assert.Multiple(() =>
        {
            Assert.That(result.Total(MetricNames.HintsReplayed), Is.Zero);
            Assert.That(digests[NodeD], Is.Not.EqualTo(digests[NodeB]));
        });
    }

    [Test]
    public void Anti_entropy_brings_the_replica_up_to_date()
    {
        // d can still reach b and c: each exchange with them after a new write repairs the key at d.
        var (result, digests) = Run(Replicas with { AntiEntropyEvery = SimDuration.FromSeconds(5) });
        var writes = result.Row(MetricNames.WriteLatency, "all").Count;
        Assert.Multiple(() =>
        {
            Assert.That(digests[NodeD], Is.EqualTo(digests[NodeB]));
            Assert.That(result.Total(MetricNames.AntiEntropyRepairs), Is.InRange(1, writes));
            Assert.That(result.Total(MetricNames.ReplicationLagCensored), Is.Zero);
        });
    }

    [Test]
    public void A_sloppy_quorum_writes_to_a_stand_in_and_keeps_writes_available()
    {
        // Replicas b and c by consistent hashing over b, c, d would leave one node out; with every
        // node a replica (N = 3 of 4 nodes in b, c, d, e) two are cut off and W = 3 needs stand-ins.
        var placement = new Placement(3, null, [B, C, D, new(4)]);
        var strict = QuorumScenarios.Spec(placement, write: "all") with { HintWindow = SimDuration.FromSeconds(3600) };
        var sloppy = strict with { Sloppy = true };
        double Availability(QuorumSpec spec) => TestScenarios.Run(QuorumScenarios.Build(spec, Uniform, rate: 20, readFraction: 0, durationS: 60,
                [("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)], keys: 1, faults: [new IsolateFault(SimDuration.Zero, SimDuration.FromSeconds(60), ReplicaCutOff(placement))]))
            .Row(MetricNames.WriteAvailability, "all").Mean!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Availability(strict), Is.EqualTo(0));
            Assert.That(Availability(sloppy), Is.GreaterThan(0.9), "after the first timeouts, the fourth node stands in");
        });
    }

    /// <summary>The region of the first replica of the key, so the cut always hits a replica.</summary>
    private static RegionId ReplicaCutOff(Placement placement)
    {
        var topology = new Topology.Topology([.. new[] { "a", "b", "c", "d", "e" }.Select(n => new RegionSpec(n, 1, null, ClockSpec.Perfect))]);
        var anywhere = new Residency([], topology, new CommitLedger(1, topology.NodeCount));
        return topology.RegionOf(new ReplicaMap(placement, topology, anywhere).Of(Key).Nodes[0]);
    }
}
