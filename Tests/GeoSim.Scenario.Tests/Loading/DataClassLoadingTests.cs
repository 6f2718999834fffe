using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class DataClassLoadingTests
{
    // Lines 1-15; the strategy's keys on lines 16-17, data-classes: on line 18.
    private const string Head = """
        name: t
        duration: 10s
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

    private static string Yaml(string classes, string strategy = PrimaryReplica) => Head + "\n" + strategy + "\n" + classes;

    private static LoadResult Load(string classes, string strategy = PrimaryReplica) => ScenarioLoader.Load(Yaml(classes, strategy), Errors.File);

    [Test]
    public void Classes_take_consecutive_key_ranges_in_order_and_the_rest_is_unnamed()
    {
        var result = Load("""
            data-classes:
              - name: eu-profiles
                share: 30%
                residency: [eu-central-1, eu-west-1]
              - name: catalog
                share: 20.05%
              - name: archive
                key-range: [600, 900]
            """);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.DataClasses, Is.EqualTo(new[]
        {
            // Regions in scenario order; 20.05 % of 1000 keys rounds to 201.
            new DataClassSpec("eu-profiles", 0, 300, [new RegionId(1), new RegionId(2)]),
            new DataClassSpec("catalog", 300, 501, null),
            new DataClassSpec("archive", 600, 900, null),
        }).Using<DataClassSpec>((a, b) => a.Name == b.Name && a.FirstKey == b.FirstKey && a.EndKey == b.EndKey
            && (a.Residency ?? []).SequenceEqual(b.Residency ?? []) && (a.Residency is null) == (b.Residency is null)));
    }

    [Test]
    public void No_data_classes_means_none()
    {
        var result = ScenarioLoader.Load(Yaml(""), Errors.File);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Scenario!.DataClasses, Is.Empty);
    }

    [TestCase("share: 150%", 20, 12, "share must be a percentage above 0% and at most 100% of the keys, found 150%")]
    [TestCase("share: 0.3", 20, 12, "share must be a percentage above 0% and at most 100% of the keys, found 0.3")]
    [TestCase("key-range: [100, 50]", 20, 22, "key-range's end (50) must be greater than its start (100)")]
    [TestCase("key-range: [0, 1001]", 20, 20, "key-range must be between 0 and 1000, found 1001")]
    [TestCase("key-range: [1, 2, 3]", 20, 16, "key-range is [lo, hi]: the first key and the key after the last, found 3 item(s)")]
    public void A_bad_share_or_range_is_reported_where_it_is_written(string line, int errorLine, int column, string message) =>
        Errors.AssertContains(Yaml($"""
            data-classes:
              - name: eu
                {line}
            """), errorLine, column, message);

    [Test]
    public void Shares_above_100_percent_in_all_are_an_error_at_the_class_that_overflows() =>
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 60% }
              - { name: b, share: 50% }
            """), 20, 23, "the data classes' shares add up to more than 100% of the keys: this one needs 500 keys from key 600, and there are 1000");

    [Test]
    public void An_overlapping_range_is_an_error() =>
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 30% }
              - { name: b, key-range: [200, 400] }
            """), 20, 28, "key-range starts at key 200, inside the previous data class (which ends before key 300): classes take consecutive, non-overlapping ranges in order");

    [Test]
    public void A_duplicate_name_is_an_error() =>
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 30% }
              - { name: a, share: 30% }
            """), 20, 5, "data class a is named twice");

    [Test]
    public void An_empty_residency_is_an_error() =>
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 30%, residency: [] }
            """), 19, 39, "residency expects a list with at least one item, found an empty list");

    [Test]
    public void A_region_without_nodes_cannot_hold_a_class() =>
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 30%, residency: [users] }
            """), 19, 40, "users has no nodes (users only): it cannot hold data");

    [Test]
    public void A_class_needs_a_share_or_a_range_not_both()
    {
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a }
            """), 19, 5, "a data class needs share (a percentage of the keys) or key-range ([lo, hi])");
        Errors.AssertContains(Yaml("""
            data-classes:
              - { name: a, share: 10%, key-range: [0, 10] }
            """), 19, 39, "a data class takes share or key-range, not both");
    }

    [Test]
    public void An_unknown_region_is_reported_at_its_name()
    {
        var errors = Errors.Of(Yaml("""
            data-classes:
              - name: a
                share: 10%
                residency: [eu-west-9]
            """));
        Assert.That(errors.Select(e => (e.Line, e.Column)), Does.Contain((21, 17)), string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
        Assert.That(errors.Single(e => e.Line == 21).Message, Does.Contain("eu-west-9"));
    }

    private const string EuClass = """
        data-classes:
          - name: eu-profiles
            share: 30%
            residency: [eu-west-1, eu-central-1]
        """;

    [TestCase("  type: multi-master")]
    [TestCase("  type: primary-replica\n  primary: eu-central-1")]
    [TestCase("  type: quorum\n  per-region: 1")]
    [TestCase("  type: quorum\n  replicas: 3\n  write-consistency: 2")]
    [TestCase("  type: quorum\n  per-region: 1\n  placement: [us-east-1, eu-central-1]")]
    public void A_strategy_that_keeps_the_class_in_its_regions_is_valid(string strategy) =>
        Assert.That(Load(EuClass, strategy).Errors, Is.Empty);

    // The residency list is 4 lines below the strategy block (line 16), at column 16.
    [TestCase("  type: primary-replica\n  primary: us-east-1",
        "eu-profiles would be written at the primary in us-east-1 by primary-replica 'primary-replica' at line 16: put the primary in one of its regions")]
    [TestCase("  type: cascade\n  chain: [eu-west-1, us-east-1, eu-central-1]",
        "eu-profiles would be replicated to us-east-1 by the chain of cascade 'cascade' at line 16: cascade keeps every key on every node with data")]
    [TestCase("  type: quorum\n  per-region: 1\n  placement: [us-east-1]",
        "eu-profiles would have no replicas under quorum 'quorum' at line 16: none of its regions (eu-west-1, eu-central-1) is in the placement (us-east-1)")]
    [TestCase("  type: quorum\n  per-region: 1\n  write-consistency: 3",
        "eu-profiles keys have 2 replica(s) inside its regions under quorum 'quorum' at line 16, fewer than its write-consistency: 3")]
    [TestCase("  type: quorum\n  replicas: 3\n  read-consistency: three",
        "eu-profiles keys have 2 replica(s) inside its regions under quorum 'quorum' at line 16, fewer than its read-consistency: 3")]
    [TestCase("  type: consensus\n  leader: eu-west-1",
        "eu-profiles would be replicated to us-east-1 by consensus 'consensus' at line 16: consensus keeps every key on every node with data")]
    [TestCase("  type: multi-master\n  causal: true",
        "eu-profiles cannot be kept in its regions by multi-master 'multi-master' at line 16: causal multi-master waits for every update of a writer, so no node can be skipped")]
    public void A_strategy_that_must_put_the_class_outside_its_regions_is_refused(string strategy, string message) =>
        Errors.AssertContains(Head + "\n" + strategy + "\n" + EuClass, 19 + strategy.Split('\n').Length, 16, message);

    [Test]
    public void Each_strategy_of_a_list_is_checked_and_named_by_its_line() =>
        Errors.AssertContains(Head.Replace("strategy:", "strategies:") + """

              - { label: ok, type: multi-master }
              - label: east
                type: primary-replica
                primary: us-east-1
            """ + "\n" + EuClass, 23, 16,
            "eu-profiles would be written at the primary in us-east-1 by primary-replica 'east' at line 17: put the primary in one of its regions");
}
