using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class WorkloadTests
{
    private const string ThreeRegions = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
          - name: eu-west-1
          - name: ap-southeast-1
        network:
          preset: aws
        workload:
          clients:
            - region: all
              rate: 30/m
              timeout: 500ms
        strategy:
          type: primary-replica
          primary: us-east-1

        """;

    [Test]
    public void Region_all_becomes_one_client_per_region_in_region_order()
    {
        var clients = Loaded.Scenario(ThreeRegions).Workload.Clients;

        Assert.That(clients, Is.EqualTo(new[] { 0, 1, 2 }
            .Select(r => new ClientSpec(new RegionId(r), 0.5, 0.9, 100, Consistency.Eventual, SimDuration.FromMilliseconds(500)))));
    }

    [Test]
    public void Defaults_fill_the_keyspace()
    {
        var workload = Loaded.Scenario(ThreeRegions).Workload;

        Assert.That((workload.Keys, workload.KeyDistribution, workload.ValueSizeBytes), Is.EqualTo((1000, (KeyDistributionSpec)new UniformKeys(), 1000)));
    }

    [Test]
    public void A_bad_key_distribution_is_reported_inside_its_value()
    {
        Errors.AssertSingle(ThreeRegions.Replace("  clients:", "  key-distribution: zipf(-1)\n  clients:"), 10, 26, "zipf: s must be > 0, found -1");
    }

    [Test]
    public void Unknown_consistency_suggests_a_valid_one()
    {
        Errors.AssertSingle(ThreeRegions.Replace("timeout: 500ms", "consistency: eventualy"),
            13, 20, "unknown consistency 'eventualy'; did you mean 'eventual'?");
    }
}
