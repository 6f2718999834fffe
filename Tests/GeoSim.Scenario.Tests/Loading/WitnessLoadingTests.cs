using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>The <c>witness</c> key of <c>failover:</c>: a region of one node, not the primary's, without clients.</summary>
public class WitnessLoadingTests
{
    /// <summary>The witness's value is at line 18, column 14.</summary>
    private static string Scenario(string witness) => $"""
        name: t
        duration: 10s
        regions:
          - name: a
          - name: b
          - name: w
          - name: big
            nodes: 2
        workload:
          clients:
            - region: a
              rate: 10/s
        network: {"{"} default: {"{"} latency: 10ms {"}"} {"}"}
        strategy:
          type: primary-replica
          primary: a
          failover:
            witness: {witness}

        """;

    [Test]
    public void A_region_of_one_node_without_clients_is_a_witness()
    {
        var spec = (PrimaryReplicaSpec)Loaded.Scenario(Scenario("w")).Strategies[0];

        Assert.That(spec.Failover?.Witness, Is.EqualTo(new RegionId(2)), "w, the third region");
    }

    [TestCase("x", "unknown region 'x'; expected one of a, b, w, big")]
    [TestCase("a", "the witness 'a' is the primary's region; it must be a region of its own, which holds no data")]
    [TestCase("big", "the witness region 'big' has 2 nodes; expected nodes: 1 (one voting node that holds no data)")]
    public void Witness_errors(string witness, string message) =>
        Errors.AssertSingle(Scenario(witness), 18, 14, message);

    [Test]
    public void A_witness_region_with_clients_is_refused()
    {
        var yaml = Scenario("w").Replace("    - region: a\n", "    - region: a\n      rate: 10/s\n    - region: w\n");

        Errors.AssertSingle(yaml, 20, 14, "the witness region 'w' has clients; a witness serves no reads or writes, so put the clients in another region");
    }

    [Test]
    public void A_sync_write_cannot_wait_for_the_witness()
    {
        var yaml = Scenario("w").Replace("  primary: a\n", "  primary: a\n  replication: sync\n  sync-replicas: [b, w]\n");

        Errors.AssertSingle(yaml, 18, 22, "region 'w' is the failover witness, which holds no data; a sync write cannot wait for it");
    }
}
