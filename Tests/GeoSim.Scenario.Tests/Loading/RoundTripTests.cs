using System.Security.Cryptography;
using System.Text;
using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Scenario.Tests.Loading;

public class RoundTripTests
{
    private const double Ms = 1_000_000;

    internal const string Full = """
        name: three-region-async
        description: >
          Primary in us-east-1, read replicas in Europe and Asia.
        seed: 42
        duration: 10m
        warmup: 30s

        regions:
          - name: us-east-1
            nodes: 3
            jurisdiction: us
          - name: eu-west-1
            jurisdiction: eu
          - name: ap-southeast-1

        network:
          preset: aws
          default:
            latency: lognormal(median=80ms, sigma=0.2)
            bandwidth: 1Gbps
            loss: 0
          intra-region:
            latency: 0.5ms
          links:
            - between: [us-east-1, eu-west-1]
              latency: 35ms + exponential(mean=1ms)
              bandwidth: 10Gbps
              loss: 0.01%
          retransmit-after: 250ms

        workload:
          keys: 100000
          key-distribution: hotspot(keys=1%, share=90%)
          value-size: 4KiB
          clients:
            - region: us-east-1
              rate: 1000/s
              read-fraction: 0.9
              sessions: 200
              consistency: eventual
              timeout: 2s
            - region: eu-west-1
              rate: 500/s
              read-fraction: 95%

        strategies:
          - label: async-local
            type: primary-replica
            primary: us-east-1
            replication: async
            read-from: local
          - label: async-primary
            type: primary-replica
            primary: us-east-1

        metrics:
          interval: 5s

        """;

    [Test]
    public void Every_setting_reaches_the_scenario_records()
    {
        var s = Loaded.Scenario(Full);

        Assert.That((s.Name, s.Description, s.Seed, s.Duration, s.Warmup, s.Metrics), Is.EqualTo((
            "three-region-async", "Primary in us-east-1, read replicas in Europe and Asia.", 42L,
            SimDuration.FromSeconds(600), SimDuration.FromSeconds(30), new MetricsSpec(SimDuration.FromSeconds(5)))));
        Assert.That(s.Regions, Is.EqualTo(new[]
        {
            new RegionSpec("us-east-1", 3, "us", ClockSpec.Perfect), new RegionSpec("eu-west-1", 1, "eu", ClockSpec.Perfect), new RegionSpec("ap-southeast-1", 1, null, ClockSpec.Perfect),
        }));
        Assert.That(s.Network.Links, Has.Count.EqualTo(9));
        Assert.That(s.Network.RetransmitAfter, Is.EqualTo(SimDuration.FromMilliseconds(250)));
        Assert.That(s.Link("eu-west-1", "us-east-1"), Is.EqualTo(new LinkSpec(s.Region("eu-west-1"), s.Region("us-east-1"),
            new SumDistribution([new ConstantDistribution(35 * Ms), new ExponentialDistribution(Ms)]), 1e10, 0.0001)));
        Assert.That(s.Link("ap-southeast-1", "eu-west-1"), Is.EqualTo(new LinkSpec(s.Region("ap-southeast-1"), s.Region("eu-west-1"),
            new ConstantDistribution(91_256_000), 1e9, 0)), "the preset (RTT 182.512 ms), with the default's bandwidth and loss");
        Assert.That(s.Link("eu-west-1", "eu-west-1").Latency, Is.EqualTo(new ConstantDistribution(0.5 * Ms)));
        Assert.That((s.Workload.Keys, s.Workload.KeyDistribution, s.Workload.ValueSizeBytes),
            Is.EqualTo((100_000, (KeyDistributionSpec)new HotspotKeys(0.01, 0.9), 4096)));
        Assert.That(s.Workload.Clients, Is.EqualTo(new[]
        {
            new ClientSpec(s.Region("us-east-1"), 1000, 0.9, 200, Consistency.Eventual, SimDuration.FromSeconds(2)),
            new ClientSpec(s.Region("eu-west-1"), 500, 0.95, 100, Consistency.Eventual, SimDuration.FromSeconds(2)),
        }));
        Assert.That(s.Strategies, Is.EqualTo(new StrategySpec[]
        {
            new PrimaryReplicaSpec("async-local", new RegionId(0), ReplicationMode.Async, ReadFrom.Local),
            new PrimaryReplicaSpec("async-primary", new RegionId(0), ReplicationMode.Async, ReadFrom.Primary),
        }));
    }

    [Test]
    public void Fingerprint_is_the_start_of_the_sha256_of_the_text()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Full)))[..16];

        Assert.That(Loaded.Scenario(Full).Fingerprint, Is.EqualTo(expected).And.Match("^[0-9a-f]{16}$"));
        Assert.That(Loaded.Scenario(Full + "# edited\n").Fingerprint, Is.Not.EqualTo(expected));
    }

    [Test]
    public void Minimal_scenario_gets_every_default()
    {
        var s = Loaded.Scenario(Scenarios.Minimal);

        Assert.That((s.Description, s.Seed, s.Warmup, s.Metrics), Is.EqualTo(("", 1L, SimDuration.Zero, MetricsSpec.Default)));
        Assert.That(s.Regions, Is.EqualTo(new[] { new RegionSpec("us-east-1", 1, null, ClockSpec.Perfect) }));
        Assert.That(s.Strategies, Is.EqualTo(new StrategySpec[] { new PrimaryReplicaSpec("primary-replica", new RegionId(0), ReplicationMode.Async, ReadFrom.Primary) }));
    }
}
