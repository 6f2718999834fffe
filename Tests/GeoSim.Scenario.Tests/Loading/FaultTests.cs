using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Every fault type loads into its record; named shapes expand into pairwise partitions.</summary>
public class FaultTests
{
    private static readonly SimDuration S30 = SimDuration.FromSeconds(30);
    private static readonly SimDuration M1 = SimDuration.FromSeconds(60);
    private static readonly SimDuration M2 = SimDuration.FromSeconds(120);
    private static readonly SimDuration M10 = SimDuration.FromSeconds(600);

    private static RegionId R(string name) => Scenarios.InFiveRegions(name);

    private static IReadOnlyList<FaultSpec> Faults(string items) => Loaded.Scenario(Scenarios.FiveRegions + "faults:\n" + items).Faults;

    private static IEnumerable<TestCaseData> SingleFaults()
    {
        yield return new TestCaseData("{ type: partition, at: 1m, for: 30s, between: [us-east-1, eu-west-1] }",
            new PartitionFault(M1, S30, R("us-east-1"), R("eu-west-1"), OneWay: false)).SetName("Partition between two regions");
        yield return new TestCaseData("{ type: partition, at: 1m, for: 30s, from: eu-west-1, to: us-east-1 }",
            new PartitionFault(M1, S30, R("eu-west-1"), R("us-east-1"), OneWay: true)).SetName("Partition from one region to another");
        yield return new TestCaseData("{ type: partition, at: 1m, for: 30s, shape: bridge, regions: [us-east-1, us-west-2, eu-west-1] }",
            new PartitionFault(M1, S30, R("us-east-1"), R("eu-west-1"), OneWay: false)).SetName("A bridge cuts its two ends apart");
        yield return new TestCaseData("{ type: isolate, at: 1m, for: 30s, region: ap-south-1 }",
            new IsolateFault(M1, S30, R("ap-south-1"))).SetName("Isolate");
        yield return new TestCaseData("{ type: outage, at: 1m, for: 30s, region: eu-west-1 }",
            new OutageFault(M1, S30, R("eu-west-1"), null)).SetName("Outage of a region");
        yield return new TestCaseData("{ type: outage, at: 1m, for: 30s, node: us-east-1/2 }",
            new OutageFault(M1, S30, R("us-east-1"), 2)).SetName("Outage of one node");
        yield return new TestCaseData("{ type: slow-link, at: 1m, for: 30s, between: [us-east-1, ap-south-1], add: 120ms }",
            new SlowLinkFault(M1, S30, R("us-east-1"), R("ap-south-1"), false, new ConstantDistribution(120e6), null)).SetName("Slow link adding latency");
        yield return new TestCaseData("{ type: slow-link, at: 1m, for: 30s, from: us-east-1, to: ap-south-1, latency: 'normal(mean=300ms, stddev=5ms)' }",
            new SlowLinkFault(M1, S30, R("us-east-1"), R("ap-south-1"), true, null, new NormalDistribution(300e6, 5e6))).SetName("Slow link replacing latency one way");
        yield return new TestCaseData("{ type: lossy-link, at: 1m, for: 30s, between: [us-east-1, eu-west-1], loss: 5% }",
            new LossyLinkFault(M1, S30, R("us-east-1"), R("eu-west-1"), false, 0.05)).SetName("Lossy link");
        yield return new TestCaseData("{ type: lossy-link, at: 1m, for: 30s, from: us-east-1, to: eu-west-1, loss: 0.5 }",
            new LossyLinkFault(M1, S30, R("us-east-1"), R("eu-west-1"), true, 0.5)).SetName("Lossy link one way");
        yield return new TestCaseData("{ type: clock-jump, at: 1m, region: eu-west-1, by: 2s }",
            new ClockJumpFault(M1, R("eu-west-1"), null, SimDuration.FromSeconds(2))).SetName("Clock jump of a region");
        yield return new TestCaseData("{ type: clock-jump, at: 1m, node: us-east-1/0, by: -2s }",
            new ClockJumpFault(M1, R("us-east-1"), 0, SimDuration.FromSeconds(-2))).SetName("Clock jump backwards on one node");
        yield return new TestCaseData("{ type: isolate, at: 9m, for: 5m, region: ap-south-1 }",
            new IsolateFault(SimDuration.FromSeconds(540), SimDuration.FromSeconds(300), R("ap-south-1"))).SetName("A window may end after the run");
    }

    [TestCaseSource(nameof(SingleFaults))]
    public void Loads_into_its_record(string item, FaultSpec expected)
    {
        Assert.That(Faults($"  - {item}\n"), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_majorities_ring_of_five_cuts_the_five_pairs_that_are_not_neighbours()
    {
        var faults = Faults("  - { type: partition, at: 1m, for: 30s, shape: majorities-ring, regions: [us-east-1, us-west-2, eu-west-1, eu-central-1, ap-south-1] }\n");

        Assert.That(faults, Is.EqualTo(new[]
        {
            new PartitionFault(M1, S30, R("us-east-1"), R("eu-west-1"), false),
            new PartitionFault(M1, S30, R("us-east-1"), R("eu-central-1"), false),
            new PartitionFault(M1, S30, R("us-west-2"), R("eu-central-1"), false),
            new PartitionFault(M1, S30, R("us-west-2"), R("ap-south-1"), false),
            new PartitionFault(M1, S30, R("eu-west-1"), R("ap-south-1"), false),
        }));
    }

    [Test]
    public void A_majorities_ring_of_four_cuts_the_two_diagonals()
    {
        var faults = Faults("  - { type: partition, at: 1m, for: 30s, shape: majorities-ring, regions: [us-east-1, us-west-2, eu-west-1, eu-central-1] }\n");

        Assert.That(faults, Is.EqualTo(new[]
        {
            new PartitionFault(M1, S30, R("us-east-1"), R("eu-west-1"), false),
            new PartitionFault(M1, S30, R("us-west-2"), R("eu-central-1"), false),
        }));
    }

    [Test]
    public void Random_partitions_default_to_every_pair_for_the_whole_run()
    {
        var fault = (RandomPartitionsFault)Faults("  - { type: random-partitions, mtbf: 1h, mttr: 'exponential(mean=2m)' }\n").Single();

        Assert.That(fault with { Pairs = null }, Is.EqualTo(new RandomPartitionsFault(
            SimDuration.Zero, M10, new ConstantDistribution(3_600e9), new ExponentialDistribution(120e9), null)));
        Assert.That(fault.Pairs, Is.Null);
    }

    [Test]
    public void Random_partitions_on_listed_pairs_within_a_window()
    {
        var fault = (RandomPartitionsFault)Faults(
            "  - { type: random-partitions, at: 2m, for: 1m, mtbf: 30s, mttr: 1s, between: [[us-east-1, eu-west-1], [ap-south-1, us-east-1]] }\n").Single();

        Assert.That(fault with { Pairs = null }, Is.EqualTo(new RandomPartitionsFault(
            M2, M1, new ConstantDistribution(30e9), new ConstantDistribution(1e9), null)));
        Assert.That(fault.Pairs, Is.EqualTo(new[] { new RegionPair(R("us-east-1"), R("eu-west-1")), new RegionPair(R("ap-south-1"), R("us-east-1")) }));
    }

    [Test]
    public void Random_outages_run_from_at_to_the_end_when_for_is_left_out()
    {
        var fault = (RandomOutagesFault)Faults("  - { type: random-outages, at: 2m, mtbf: 5m, mttr: 10s, regions: [eu-west-1, ap-south-1] }\n").Single();

        Assert.That(fault with { Regions = null }, Is.EqualTo(new RandomOutagesFault(
            M2, SimDuration.FromSeconds(480), new ConstantDistribution(300e9), new ConstantDistribution(10e9), null)));
        Assert.That(fault.Regions, Is.EqualTo(new[] { R("eu-west-1"), R("ap-south-1") }));
    }

    [Test]
    public void Random_outages_default_to_every_region()
    {
        var fault = (RandomOutagesFault)Faults("  - { type: random-outages, mtbf: 5m, mttr: 10s }\n").Single();

        Assert.That(fault.Regions, Is.Null);
        Assert.That(fault.For, Is.EqualTo(M10));
    }

    [Test]
    public void Faults_keep_their_file_order_and_overlapping_partitions_are_allowed()
    {
        var faults = Faults("""
              - { type: partition, at: 2m, for: 1m, between: [us-east-1, eu-west-1] }
              - { type: partition, at: 1m, for: 5m, from: us-east-1, to: eu-west-1 }
              - { type: isolate, at: 90s, for: 1m, region: us-east-1 }

            """);

        Assert.That(faults.Select(f => (f.Type, f.At)), Is.EqualTo(new[] { ("partition", M2), ("partition", M1), ("isolate", SimDuration.FromSeconds(90)) }));
    }

    [Test]
    public void Slow_links_may_overlap_on_different_directions_or_back_to_back()
    {
        var faults = Faults("""
              - { type: slow-link, at: 1m, for: 1m, from: us-east-1, to: eu-west-1, add: 10ms }
              - { type: slow-link, at: 1m, for: 1m, from: eu-west-1, to: us-east-1, add: 20ms }
              - { type: slow-link, at: 2m, for: 1m, between: [us-east-1, eu-west-1], add: 30ms }
              - { type: lossy-link, at: 1m, for: 2m, between: [us-east-1, eu-west-1], loss: 1% }

            """);

        Assert.That(faults, Has.Count.EqualTo(4));
    }

    [Test]
    public void A_block_style_fault_reads_like_the_format_document()
    {
        var faults = Faults("""
              - at: 7m
                type: clock-jump
                region: eu-west-1
                by: -500ms

            """);

        Assert.That(faults, Is.EqualTo(new[] { new ClockJumpFault(SimDuration.FromSeconds(420), R("eu-west-1"), null, SimDuration.FromMilliseconds(-500)) }));
    }
}
