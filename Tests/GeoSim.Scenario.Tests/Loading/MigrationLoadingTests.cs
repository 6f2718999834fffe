using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

/// <summary>The timeline's <c>migrate</c>: read beside the faults, checked against the data classes and the strategies.</summary>
public class MigrationLoadingTests
{
    // Lines 1-15; the strategy's keys on lines 16-17; data-classes: on lines 18-21; faults: from line 22.
    private const string Head = """
        name: t
        duration: 10m
        regions:
          - name: us-east-1
          - name: eu-west-1
          - name: eu-central-1
          - { name: users, nodes: 0 }
        network:
          default: { latency: 10ms }
        workload:
          keys: 1000
          clients:
            - region: us-east-1
              rate: 10/s
        strategy:
        """;

    private const string PrimaryReplica = """
          type: primary-replica
          primary: eu-west-1
        """;

    private const string Classes = """
        data-classes:
          - name: eu-profiles
            share: 30%
            residency: [eu-west-1, us-east-1]
        """;

    private static string Yaml(string faults, string strategy = PrimaryReplica) => Head + "\n" + strategy + "\n" + Classes + "\n" + faults;

    [Test]
    public void A_migrate_names_its_class_and_regions_and_is_not_a_fault()
    {
        var result = ScenarioLoader.Load(Yaml("""
            faults:
              - { type: migrate, at: 2m, class: eu-profiles, to: [eu-central-1, eu-west-1] }
              - { type: outage, region: us-east-1, at: 1m, for: 10s }
            """), Errors.File);
        Assert.That(result.Errors, Is.Empty);
        var migration = result.Scenario!.Migrations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(migration.At, Is.EqualTo(SimDuration.FromSeconds(120)));
            Assert.That(migration.Class, Is.EqualTo(0));
            Assert.That(migration.To, Is.EqualTo(new[] { new RegionId(1), new RegionId(2) }), "in scenario order");
            Assert.That(result.Scenario.Faults, Has.Count.EqualTo(1));
        });
    }

    [TestCase("{ type: migrate, at: 2m, class: eu-profile, to: [eu-central-1, eu-west-1] }", 23, 37,
        "unknown data class 'eu-profile'; did you mean 'eu-profiles'?")]
    [TestCase("{ type: migrate, at: 2m, class: eu-profiles, to: [eu-south-9] }", 23, 55,
        "unknown region 'eu-south-9'; expected one of us-east-1, eu-west-1, eu-central-1, users")]
    [TestCase("{ type: migrate, at: 2m, class: eu-profiles, to: [eu-west-1], rate: 0Mbps }", 23, 73, "0Mbps: a bandwidth must be > 0 (leave it out for unlimited)")]
    [TestCase("{ type: migrate, at: 2m, class: eu-profiles }", 23, 5, "missing required key 'to' in this migrate")]
    [TestCase("{ type: migrate, at: 2m, for: 1m, class: eu-profiles, to: [eu-west-1] }", 23, 30, "unknown key 'for'; expected one of type, at, class, to, rate")]
    [TestCase("{ type: migrate, at: 20m, class: eu-profiles, to: [eu-west-1] }", 23, 26, "at (20m) must be before the end of the run (duration 10m)")]
    [TestCase("{ type: migrate, at: 2m, class: eu-profiles, to: [eu-central-1] }", 23, 54,
        "eu-profiles would leave the primary's region eu-west-1 of primary-replica 'primary-replica' at line 16: a migrate keeps the class where its writes are taken")]
    public void A_bad_migrate_is_reported_where_it_is_written(string item, int line, int column, string message) =>
        Errors.AssertContains(Yaml("faults:\n  - " + item), line, column, message);

    [Test]
    public void A_rate_paces_the_copy()
    {
        var result = ScenarioLoader.Load(Yaml("""
            faults:
              - { type: migrate, at: 2m, class: eu-profiles, to: [eu-west-1], rate: 5Mbps }
            """), Errors.File);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Migrations.Single().RateBitsPerSecond, Is.EqualTo(5e6));
    }

    [Test]
    public void A_second_migrate_of_a_class_is_an_error_at_it() =>
        Errors.AssertContains(Yaml("""
            faults:
              - { type: migrate, at: 2m, class: eu-profiles, to: [eu-central-1, eu-west-1] }
              - { type: migrate, at: 5m, class: eu-profiles, to: [eu-west-1] }
            """), 24, 5, "eu-profiles already migrates at line 23: one migrate per data class");

    [TestCase("  type: quorum\n  replicas: 3", "quorum 'quorum' at line 16 does not move data classes: migrate is modelled for primary-replica and multi-master")]
    [TestCase("  type: multi-master\n  conflict-resolution: siblings", "multi-master 'multi-master' at line 16 cannot move eu-profiles: a copy carries one version per key, not siblings")]
    public void A_strategy_that_cannot_move_a_class_is_an_error_at_the_migrate(string strategy, string message) =>
        Errors.AssertContains(Yaml("""
            faults:
              - { type: migrate, at: 2m, class: eu-profiles, to: [eu-central-1, eu-west-1] }
            """, strategy), 23, 54, message);

    [Test]
    public void Multi_master_moves_a_class_anywhere()
    {
        var result = ScenarioLoader.Load(Yaml("""
            faults:
              - { type: migrate, at: 2m, class: eu-profiles, to: [eu-central-1] }
            """, "  type: multi-master\n  conflict-resolution: lww"), Errors.File);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.Migrations.Single().To, Is.EqualTo(new[] { new RegionId(2) }));
    }
}
