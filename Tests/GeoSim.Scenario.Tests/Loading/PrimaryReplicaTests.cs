using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>The primary-replica keys: replication modes and their knobs, read routing, failover, session consistency.</summary>
public class PrimaryReplicaTests
{
    /// <summary>Three regions, four nodes (two in us-east-1): the strategy block starts at line 13; its keys go at line 16.</summary>
    private const string ThreeRegions = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
            nodes: 2
          - name: eu-west-1
          - name: ap-southeast-1
        workload:
          clients:
            - region: all
              rate: 10/s
        network: { preset: aws }
        strategy:
          type: primary-replica
          primary: us-east-1

        """;

    private static PrimaryReplicaSpec Strategy(string lines) =>
        (PrimaryReplicaSpec)Loaded.Scenario(ThreeRegions + lines).Strategies[0];

    private static void AssertError(string lines, int line, int column, string message) =>
        Errors.AssertSingle(ThreeRegions + lines, line, column, message);

    [Test]
    public void Defaults_are_async_reads_at_the_primary_and_no_failover()
    {
        var spec = Strategy("");

        Assert.That((spec.Replication, spec.ReadFrom, spec.Acks, spec.SemiSyncTimeout, spec.SyncRegions, spec.Failover),
            Is.EqualTo((ReplicationMode.Async, ReadFrom.Primary, 1, SimDuration.FromSeconds(10), (IReadOnlyList<string>)[], (FailoverSpec?)null)));
    }

    [Test]
    public void Region_names_become_the_ids_the_topology_numbers_them_with()
    {
        var scenario = Loaded.Scenario(ThreeRegions.Replace("primary: us-east-1", "primary: ap-southeast-1")
            + "  replication: sync\n  sync-replicas: [eu-west-1, us-east-1]\n");
        var spec = (PrimaryReplicaSpec)scenario.Strategies[0];
        var topology = new Topology(scenario.Regions);

        Assert.That(new[] { spec.Primary }.Concat(spec.SyncRegions).Select(topology.RegionName),
            Is.EqualTo(new[] { "ap-southeast-1", "eu-west-1", "us-east-1" }));
    }

    [Test]
    public void Semi_sync_takes_acks_and_a_timeout()
    {
        var spec = Strategy("  replication: semi-sync\n  acks: 2\n  semi-sync-timeout: 500ms\n");

        Assert.That((spec.Replication, spec.Acks, spec.SemiSyncTimeout),
            Is.EqualTo((ReplicationMode.SemiSync, 2, SimDuration.FromMilliseconds(500))));
    }

    [Test]
    public void Sync_takes_the_regions_it_waits_for()
    {
        var spec = Strategy("  replication: sync\n  sync-replicas: [us-east-1, ap-southeast-1]\n");

        Assert.That((spec.Replication, spec.SyncRegions), Is.EqualTo((ReplicationMode.Sync, new[] { new RegionId(0), new RegionId(2) })));
    }

    [TestCase("  replication: semi-sync\n  acks: 4\n", 17, 9, "acks must be between 1 and 3, found 4")]
    [TestCase("  replication: semi-sync\n  acks: 0\n", 17, 9, "acks must be between 1 and 3, found 0")]
    [TestCase("  acks: 1\n", 16, 9, "'acks' applies only to replication: semi-sync")]
    [TestCase("  replication: sync\n  semi-sync-timeout: 1s\n", 17, 22, "'semi-sync-timeout' applies only to replication: semi-sync")]
    [TestCase("  replication: semi-sync\n  semi-sync-timeout: 0s\n", 17, 22, "semi-sync-timeout must be > 0")]
    [TestCase("  replication: semi-sync\n  semi-sync-timeout: 10\n", 17, 22, "10: a duration needs a unit, e.g. 10ms")]
    [TestCase("  replication: semisync\n", 16, 16, "unknown replication 'semisync'; did you mean 'semi-sync'?")]
    [TestCase("  replication: semi-sync\n  sync-replicas: [eu-west-1]\n", 17, 18, "'sync-replicas' applies only to replication: sync")]
    [TestCase("  replication: sync\n  sync-replicas: [eu-west]\n", 17, 19, "unknown region 'eu-west'; did you mean 'eu-west-1'?")]
    [TestCase("  replication: sync\n  sync-replicas: [eu-west-1, eu-west-1]\n", 17, 30, "region 'eu-west-1' is listed twice in sync-replicas")]
    [TestCase("  replication: sync\n  sync-replicas: []\n", 17, 18, "sync-replicas expects a list with at least one item, found an empty list")]
    public void Replication_knobs_are_checked(string lines, int line, int column, string message) =>
        AssertError(lines, line, column, message);

    [Test]
    public void A_sync_region_whose_only_node_is_the_primary_has_no_replica()
    {
        var yaml = ThreeRegions.Replace("    nodes: 2\n", "") + "  replication: sync\n  sync-replicas: [us-east-1]\n";

        Errors.AssertSingle(yaml, 16, 19, "region 'us-east-1' has no replica to wait for (its only node is the primary)");
    }

    [TestCase("least-lag", ReadFrom.LeastLag, 0)]
    [TestCase("bounded(5s)", ReadFrom.Bounded, 5000)]
    [TestCase("bounded(250ms)", ReadFrom.Bounded, 250)]
    public void Read_from_takes_least_lag_and_a_staleness_bound(string value, ReadFrom expected, double boundMs)
    {
        var spec = Strategy($"  read-from: {value}\n");

        Assert.That((spec.ReadFrom, spec.MaxStaleness), Is.EqualTo((expected, SimDuration.FromMilliseconds(boundMs))));
    }

    [TestCase("bounded", 16, 14, "read-from 'bounded' needs the staleness bound in parentheses, e.g. bounded(5s)")]
    [TestCase("bounded(0s)", 16, 22, "bounded: the staleness bound must be > 0")]
    [TestCase("bounded(5)", 16, 22, "bounded: 5: a duration needs a unit, e.g. 5ms")]
    [TestCase("least_lag", 16, 14, "unknown read-from 'least_lag'; did you mean 'least-lag'?")]
    public void Read_from_errors_point_into_the_value(string value, int line, int column, string message) =>
        AssertError($"  read-from: {value}\n", line, column, message);

    [Test]
    public void Failover_defaults_follow_mysql_orchestrator_practice()
    {
        var spec = Strategy("  failover: {}\n");

        Assert.That(spec.Failover, Is.EqualTo(FailoverSpec.Default));
        Assert.That((spec.Failover!.DetectAfter, spec.Failover.HeartbeatEvery, spec.Failover.Promote, spec.Failover.FenceOldPrimary, spec.Failover.PromoteWithin),
            Is.EqualTo((SimDuration.FromSeconds(10), SimDuration.FromSeconds(1), PromotionRule.MostCaughtUp, true, PromoteWithin.Any)));
    }

    [Test]
    public void Failover_reads_every_key()
    {
        var spec = Strategy("""
              failover:
                detect-after: 5s
                heartbeat-every: 500ms
                promote: nearest
                fence-old-primary: false
                promote-within: region

            """);

        Assert.That(spec.Failover, Is.EqualTo(new FailoverSpec(SimDuration.FromSeconds(5), SimDuration.FromMilliseconds(500),
            PromotionRule.Nearest, FenceOldPrimary: false, PromoteWithin.Region)));
    }

    [TestCase("  failover:\n    detect-after: 1s\n", 17, 19, "detect-after (1s) must be longer than heartbeat-every (1s): a primary is lost only after missing heartbeats")]
    [TestCase("  failover:\n    detect-after: 2s\n    heartbeat-every: 3s\n", 17, 19, "detect-after (2s) must be longer than heartbeat-every (3s): a primary is lost only after missing heartbeats")]
    [TestCase("  failover:\n    promote: most-caughtup\n", 17, 14, "unknown promote 'most-caughtup'; did you mean 'most-caught-up'?")]
    [TestCase("  failover:\n    promote-within: zone\n", 17, 21, "unknown promote-within 'zone'; expected one of any, region")]
    [TestCase("  failover:\n    fence-old-primary: yes\n", 17, 24, "fence-old-primary must be true or false, found 'yes'")]
    [TestCase("  failover:\n    detect_after: 5s\n", 17, 5, "unknown key 'detect_after'; did you mean 'detect-after'?")]
    [TestCase("  failover:\n    heartbeat-every: 0s\n", 17, 22, "heartbeat-every must be > 0")]
    [TestCase("  failover: 10s\n", 16, 13, "failover expects a mapping (key: value lines), found '10s'")]
    public void Failover_errors(string lines, int line, int column, string message) =>
        AssertError(lines, line, column, message);

    [TestCase("read-your-writes", Consistency.ReadYourWrites)]
    [TestCase("monotonic-reads", Consistency.MonotonicReads)]
    [TestCase("eventual", Consistency.Eventual)]
    public void Clients_choose_a_session_guarantee(string value, Consistency expected)
    {
        var scenario = Loaded.Scenario(ThreeRegions.Replace("rate: 10/s", $"rate: 10/s\n      consistency: {value}"));

        Assert.That(scenario.Workload.Clients.Select(c => c.Consistency).Distinct(), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_misspelt_session_guarantee_gets_a_suggestion()
    {
        Errors.AssertSingle(ThreeRegions.Replace("rate: 10/s", "rate: 10/s\n      consistency: read-your-write"),
            12, 20, "unknown consistency 'read-your-write'; did you mean 'read-your-writes'?");
    }
}
