namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Each mistake in a fault, reported once at its line and column (faults start on line 21).</summary>
public class FaultErrorTests
{
    private static string WithFaults(string items) => Scenarios.FiveRegions + "faults:\n" + items;

    [TestCase("{ type: partiton, at: 1m, for: 30s, between: [us-east-1, eu-west-1] }", 21, 13, "unknown fault type 'partiton'; did you mean 'partition'? Expected one of partition, isolate, outage, slow-link, lossy-link, clock-jump, random-partitions, random-outages, migrate", TestName = "Unknown_type_suggests_the_closest")]
    [TestCase("{ type: earthquake, at: 1m, for: 30s, region: us-east-1 }", 21, 13, "unknown fault type 'earthquake'; expected one of partition, isolate, outage, slow-link, lossy-link, clock-jump, random-partitions, random-outages, migrate", TestName = "Unknown_type_lists_the_valid_ones")]
    [TestCase("{ typ: isolate, at: 1m, for: 30s, region: us-east-1 }", 21, 7, "unknown key 'typ'; did you mean 'type'?", TestName = "Misspelt_type_key")]
    [TestCase("{ type: isolate, at: 1m, for: 30s, region: eu-wset-1 }", 21, 48, "unknown region 'eu-wset-1'; did you mean 'eu-west-1'?", TestName = "Unknown_region")]
    [TestCase("{ type: isolate, at: 1m, for: 30s, regoin: eu-west-1 }", 21, 40, "unknown key 'regoin'; did you mean 'region'?", TestName = "Misspelt_key_of_the_type")]
    [TestCase("{ type: outage, at: 1m, for: 30s, node: eu-wset-1/0 }", 21, 45, "unknown region 'eu-wset-1'; did you mean 'eu-west-1'?", TestName = "Unknown_region_of_a_node")]
    [TestCase("{ type: outage, at: 1m, for: 30s, node: us-east-1/3 }", 21, 55, "us-east-1 has 3 nodes, numbered 0 to 2; found 3", TestName = "Node_index_beyond_the_region")]
    [TestCase("{ type: outage, at: 1m, for: 30s, node: eu-west-1/1 }", 21, 55, "eu-west-1 has 1 node, numbered 0; found 1", TestName = "Node_index_of_a_one_node_region")]
    [TestCase("{ type: outage, at: 1m, for: 30s, node: us-east-1/x }", 21, 55, "a node index is a whole number counted from 0, found 'x'", TestName = "Node_index_not_a_number")]
    [TestCase("{ type: outage, at: 1m, for: 30s, node: us-east-1 }", 21, 45, "node expects a region and a node index counted from 0, e.g. eu-west-1/2, found 'us-east-1'", TestName = "Node_without_index")]
    [TestCase("{ type: outage, at: 1m, for: 30s, region: us-east-1, node: us-east-1/0 }", 21, 58, "'node' cannot be used with 'region': this outage takes only one of 'region' or 'node'", TestName = "Outage_of_a_region_and_a_node")]
    [TestCase("{ type: outage, at: 1m, for: 30s }", 21, 5, "this outage needs 'region' or 'node'", TestName = "Outage_of_nothing")]
    [TestCase("{ type: isolate, at: 1m, for: 0s, region: us-east-1 }", 21, 35, "for must be > 0", TestName = "For_zero")]
    [TestCase("{ type: isolate, at: 1m, for: -1s, region: us-east-1 }", 21, 35, "-1s: a duration cannot be negative", TestName = "For_negative")]
    [TestCase("{ type: isolate, at: 1m, region: us-east-1 }", 21, 5, "missing required key 'for' in this isolate", TestName = "For_missing")]
    [TestCase("{ type: isolate, for: 1m, region: us-east-1 }", 21, 5, "missing required key 'at' in this isolate", TestName = "At_missing")]
    [TestCase("{ type: isolate, at: 10m, for: 1m, region: us-east-1 }", 21, 26, "at (10m) must be before the end of the run (duration 10m)", TestName = "Starting_at_the_end")]
    [TestCase("{ type: random-outages, at: 11m, mtbf: 1m, mttr: 1s }", 21, 33, "at (11m) must be before the end of the run (duration 10m)", TestName = "Random_faults_starting_after_the_end")]
    [TestCase("{ type: random-partitions, mtbf: 0s, mttr: 1s }", 21, 38, "mtbf must be > 0", TestName = "Mtbf_zero")]
    [TestCase("{ type: random-outages, mtbf: 1m, mttr: 'uniform(min=0ms, max=0ms)' }", 21, 46, "mttr must be > 0", TestName = "Mttr_with_a_zero_mean")]
    [TestCase("{ type: random-partitions, mttr: 1s }", 21, 5, "missing required key 'mtbf' in this random-partitions", TestName = "Mtbf_missing")]
    [TestCase("{ type: random-partitions, mtbf: 1m, mttr: 1s, between: [[us-east-1, eu-west-1], [eu-west-1, us-east-1]] }", 21, 86, "the pair eu-west-1, us-east-1 is already listed at line 21", TestName = "Random_partitions_pair_listed_twice")]
    [TestCase("{ type: random-partitions, mtbf: 1m, mttr: 1s, between: [us-east-1, eu-west-1] }", 21, 62, "between expects a list of region pairs, e.g. [[us-east-1, eu-west-1]], found 'us-east-1'", TestName = "Random_partitions_between_one_flat_pair")]
    [TestCase("{ type: random-outages, mtbf: 1m, mttr: 1s, regions: [eu-west-1, eu-west-1] }", 21, 70, "region 'eu-west-1' is already listed in regions", TestName = "Random_outages_region_listed_twice")]
    [TestCase("{ type: partition, at: 1m, for: 30s, between: [us-east-1, us-east-1] }", 21, 63, "partition needs two different regions, found 'us-east-1' twice", TestName = "Partition_between_a_region_and_itself")]
    [TestCase("{ type: partition, at: 1m, for: 30s, from: eu-west-1, to: eu-west-1 }", 21, 63, "partition needs two different regions, found 'eu-west-1' twice", TestName = "One_way_partition_to_itself")]
    [TestCase("{ type: partition, at: 1m, for: 30s, between: [us-east-1] }", 21, 51, "between expects two regions, e.g. [us-east-1, eu-west-1], found 1", TestName = "Partition_between_one_region")]
    [TestCase("{ type: partition, at: 1m, for: 30s, between: [us-east-1, eu-west-1], from: us-east-1, to: eu-west-1 }", 21, 75, "'from' cannot be used with 'between': this partition takes only one of 'between', 'from' and 'to', or 'shape' and 'regions'", TestName = "Partition_in_two_forms")]
    [TestCase("{ type: partition, at: 1m, for: 30s }", 21, 5, "this partition needs 'between', 'from' and 'to', or 'shape' and 'regions'", TestName = "Partition_of_nothing")]
    [TestCase("{ type: partition, at: 1m, for: 30s, from: us-east-1 }", 21, 5, "missing required key 'to' in this partition", TestName = "One_way_partition_without_to")]
    [TestCase("{ type: partition, at: 1m, for: 30s, shape: triangle, regions: [us-east-1, us-west-2, eu-west-1] }", 21, 49, "unknown partition shape 'triangle'; expected one of bridge, majorities-ring", TestName = "Unknown_shape")]
    [TestCase("{ type: partition, at: 1m, for: 30s, shape: bridge, regions: [us-east-1, eu-west-1] }", 21, 66, "a bridge takes three regions [a, b, c] (a and c cut apart, b still reaching both), found 2", TestName = "Bridge_of_two")]
    [TestCase("{ type: partition, at: 1m, for: 30s, shape: majorities-ring, regions: [us-east-1, us-west-2, eu-west-1] }", 21, 75, "a majorities-ring takes at least 4 regions (with 3, every region neighbours both others and nothing is cut), found 3", TestName = "Ring_of_three")]
    [TestCase("{ type: partition, at: 1m, for: 30s, shape: bridge, regions: [us-east-1, eu-west-1, us-east-1] }", 21, 89, "region 'us-east-1' is already listed in regions", TestName = "Shape_naming_a_region_twice")]
    [TestCase("{ type: partition, at: 1m, for: 30s, shape: bridge }", 21, 5, "missing required key 'regions' in this partition", TestName = "Shape_without_regions")]
    [TestCase("{ type: slow-link, at: 1m, for: 30s, between: [us-east-1, eu-west-1], add: 10ms, latency: 90ms }", 21, 86, "'latency' cannot be used with 'add': this slow-link takes only one of 'add' or 'latency'", TestName = "Slow_link_adding_and_replacing")]
    [TestCase("{ type: slow-link, at: 1m, for: 30s, between: [us-east-1, eu-west-1] }", 21, 5, "this slow-link needs 'add' or 'latency'", TestName = "Slow_link_without_latency")]
    [TestCase("{ type: slow-link, at: 1m, for: 30s, add: 10ms }", 21, 5, "this slow-link needs 'between' or 'from' and 'to'", TestName = "Slow_link_without_link")]
    [TestCase("{ type: lossy-link, at: 1m, for: 30s, between: [us-east-1, eu-west-1], loss: 150% }", 21, 82, "loss must be between 0 and 1 (e.g. 0.9 or 90%), found 150%", TestName = "Lossy_link_beyond_certain")]
    [TestCase("{ type: clock-jump, at: 1m, for: 1s, region: us-east-1, by: 1s }", 21, 33, "'for' is not allowed on clock-jump: a jump happens at one instant and the clock stays where it lands", TestName = "Clock_jump_with_a_window")]
    [TestCase("{ type: clock-jump, at: 1m, region: us-east-1, by: 0ms }", 21, 56, "by must not be 0: a jump of 0 changes nothing", TestName = "Clock_jump_of_zero")]
    [TestCase("{ type: clock-jump, at: 1m, region: us-east-1, by: -2 }", 21, 56, "-2: a duration needs a unit, e.g. -2ms", TestName = "Clock_jump_without_unit")]
    [TestCase("{ type: clock-jump, at: 1m, node: us-east-1/0 }", 21, 5, "missing required key 'by' in this clock-jump", TestName = "Clock_jump_without_by")]
    [TestCase("reboot", 21, 5, "each fault expects a mapping (key: value lines), found 'reboot'", TestName = "A_fault_that_is_not_a_mapping")]
    public void One_fault(string item, int line, int column, string message)
    {
        Errors.AssertSingle(WithFaults($"  - {item}\n"), line, column, message);
    }

    [Test]
    public void A_fault_without_a_type_is_reported_at_the_fault()
    {
        Errors.AssertSingle(WithFaults("""
              - at: 1m
                for: 30s
                region: us-east-1

            """), 21, 5, "missing required key 'type' in this fault");
    }

    [Test]
    public void Overlapping_slow_links_on_one_direction_are_reported_at_the_second_naming_the_first()
    {
        Errors.AssertSingle(WithFaults("""
              - at: 1m
                type: slow-link
                between: [us-east-1, eu-west-1]
                add: 100ms
                for: 2m
              - at: 2m
                type: slow-link
                from: eu-west-1
                to: us-east-1
                latency: 300ms
                for: 10s

            """), 26, 5, "this slow-link overlaps the slow-link at line 21 on eu-west-1 -> us-east-1; a link direction takes one slow-link at a time");
    }

    [Test]
    public void Overlapping_lossy_links_are_reported_even_when_only_one_direction_is_shared()
    {
        Errors.AssertSingle(WithFaults("""
              - { type: lossy-link, at: 1m, for: 1m, from: us-east-1, to: eu-west-1, loss: 1% }
              - { type: partition, at: 1m, for: 1m, between: [us-east-1, eu-west-1] }
              - { type: lossy-link, at: 119s, for: 1m, between: [eu-west-1, us-east-1], loss: 2% }

            """), 23, 5, "this lossy-link overlaps the lossy-link at line 21 on us-east-1 -> eu-west-1; a link direction takes one lossy-link at a time");
    }

    [Test]
    public void Every_bad_fault_is_reported_in_one_pass()
    {
        var errors = Errors.Of(WithFaults("""
              - { type: isolate, at: 1m, for: 0s, region: us-east-1 }
              - { type: outage, at: 1m, for: 1m, node: us-east-1/9 }
              - { type: partition, at: 1m, for: 1m, between: [us-east-1, eu-wset-1] }

            """));

        Assert.That(errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"), Is.EqualTo(new[]
        {
            "21:35 for must be > 0",
            "22:54 us-east-1 has 3 nodes, numbered 0 to 2; found 9",
            "23:62 unknown region 'eu-wset-1'; did you mean 'eu-west-1'?",
        }));
    }

    [Test]
    public void An_empty_fault_list()
    {
        Errors.AssertSingle(Scenarios.FiveRegions + "faults: []\n", 20, 9, "faults expects a list with at least one item, found an empty list");
    }
}
