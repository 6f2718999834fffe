using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Scenario.Tests.Loading;

public class StrategyTypeTests
{
    // The regions a, b and c of the scenario below, in topology order.
    private static readonly RegionId A = new(0), B = new(1), C = new(2);

    private const string Regions = """
        name: t
        duration: 10s
        regions:
          - name: a
          - name: b
          - name: c
        network:
          default:
            latency: 10ms
        workload:
          clients:
            - region: a
              rate: 10/s

        """;

    [Test]
    public void A_chain_becomes_parent_child_links()
    {
        var result = ScenarioLoader.Load(Regions + "strategy:\n  type: cascade\n  chain: [a, b, c]\n", "t.yaml");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Strategies.Single(), Is.EqualTo(new CascadeSpec("cascade", [new(A, B), new(B, C)])));
    }

    [Test]
    public void A_tree_becomes_parent_child_links_with_one_head()
    {
        var result = ScenarioLoader.Load(Regions + "strategy:\n  type: cascade\n  tree: { b: [a, c] }\n", "t.yaml");
        Assert.That(result.Errors, Is.Empty);
        var cascade = (CascadeSpec)result.Scenario!.Strategies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(cascade.Links, Is.EqualTo(new CascadeLink[] { new(B, A), new(B, C) }));
            Assert.That(cascade.Head, Is.EqualTo(B));
        });
    }

    [TestCase("  chain: [a, b]\n", 16, 10, "region 'c' has nodes but is not in the cascade")]
    [TestCase("  chain: [a, x, c]\n", 16, 14, "unknown region 'x'; expected one of a, b, c")]
    [TestCase("  tree: { a: [b], c: [b] }\n", 16, 9, "region 'b' appears twice as a child: each region has one parent")]
    [TestCase("  tree: { a: [b], b: [c], c: [b] }\n", 16, 9, "region 'b' appears twice as a child: each region has one parent")]
    [TestCase("  tree: { a: [b], b: [a] }\n", 16, 9, "region 'c' has nodes but is not in the cascade")]
    [TestCase("  chain: [a]\n", 16, 10, "a chain needs at least two regions")]
    public void Bad_trees_are_reported_where_they_are_written(string tree, int line, int column, string message)
    {
        var result = ScenarioLoader.Load(Regions + "strategy:\n  type: cascade\n" + tree, "t.yaml");
        Assert.That(result.Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)));
    }

    [Test]
    public void A_multi_master_block_becomes_its_record()
    {
        var result = ScenarioLoader.Load(Regions + "strategy:\n  type: multi-master\n  conflict-resolution: priority\n  region-priority: [b, a]\n  causal: true\n", "t.yaml");
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Strategies.Single(),
            Is.EqualTo(new MultiMasterSpec("multi-master", ConflictResolution.Priority, [B, A], CrdtType.Register, Causal: true)));
    }

    [TestCase("  conflict-resolution: priority\n", 15, 3, "conflict-resolution: priority needs region-priority: [regions, first wins]")]
    [TestCase("  conflict-resolution: lww\n  data-type: counter\n", 17, 14, "data-type is used only with conflict-resolution: crdt")]
    [TestCase("  conflict-resolution: crdt\n  data-type: map\n", 17, 14, "unknown data-type 'map'; expected one of register, counter, set")]
    [TestCase("  conflict-resolution: lwx\n", 16, 24, "unknown conflict-resolution 'lwx'; did you mean 'lww'?")]
    [TestCase("  primary: a\n", 16, 3, "unknown key 'primary'; expected one of type, label, compression, delta-sync, conflict-resolution, region-priority, data-type, causal")]
    public void Bad_multi_master_blocks_are_reported(string block, int line, int column, string message)
    {
        var result = ScenarioLoader.Load(Regions + "strategy:\n  type: multi-master\n" + block, "t.yaml");
        Assert.That(result.Errors.Select(e => (e.Line, e.Column, e.Message)), Does.Contain((line, column, message)));
    }
}
