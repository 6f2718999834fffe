using GeoSim.Core.Distributions;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Tests.Loading;

public class StorageLoadingTests
{
    // Lines 1-16; a storage block starts on line 17.
    private const string Head = """
        name: t
        duration: 10s
        regions:
          - name: us-east-1
          - name: eu-west-1
          - name: ap-southeast-1
          - { name: users, nodes: 0 }
        network:
          default: { latency: 10ms }
        workload:
          clients:
            - region: us-east-1
              rate: 10/s
        strategy:
          type: multi-master
        cost: { egress-usd-per-gb: 0.02, storage-usd-per-gb-month: { hot: 0.1, warm: 0.023, cold: 0.004 } }
        """;

    private const string Tiers = """
        storage:
          key-age: exponential(mean=90d)
          tiers:
            hot: { age: 30d, regions: all }
            warm: { age: 365d, regions: 2 }
            cold: { regions: [ap-southeast-1, us-east-1], read-latency: 200ms }
        """;

    private static LoadResult Load(string storage) => ScenarioLoader.Load(Head + "\n" + storage, Errors.File);

    [Test]
    public void Tiers_hold_keys_by_age_in_the_first_n_regions_with_nodes_or_a_list_kept_in_scenario_order()
    {
        var result = Load(Tiers);
        Assert.That(result.Errors, Is.Empty);
        var storage = result.Scenario!.Storage!;
        Assert.Multiple(() =>
        {
            Assert.That(storage.KeyAge, Is.EqualTo(new ExponentialDistribution(90 * 86_400e9)));
            Assert.That(storage.Tiers.Select(t => t.Tier), Is.EqualTo(new[] { StorageTier.Hot, StorageTier.Warm, StorageTier.Cold }));
            Assert.That(storage.Tiers[0].Regions, Is.Null, "hot is where the strategy keeps its data");
            Assert.That(storage.Tiers[1].Regions, Is.EqualTo(new[] { new RegionId(0), new RegionId(1) }));
            Assert.That(storage.Tiers[2].Regions, Is.EqualTo(new[] { new RegionId(0), new RegionId(2) }));
            Assert.That(storage.Tiers[2].MaxAge, Is.Null);
            Assert.That(storage.Tiers[2].ReadLatency, Is.EqualTo(new ConstantDistribution(200e6)));
            Assert.That(result.Scenario.Cost!.StorageUsdPerGbMonth, Is.EqualTo(new[] { 0.1, 0.023, 0.004 }));
        });
    }

    [Test]
    public void All_takes_every_region_with_nodes_and_one_price_prices_every_tier()
    {
        var result = ScenarioLoader.Load(Head.Replace("storage-usd-per-gb-month: { hot: 0.1, warm: 0.023, cold: 0.004 }", "storage-usd-per-gb-month: 0.05") + "\n" +
            "storage: { key-age: 10d, tiers: { hot: { age: 1d }, cold: { regions: all } } }", Errors.File);
        Assert.That(result.Errors, Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(result.Scenario!.Storage!.Tiers[1].Regions, Has.Count.EqualTo(3), "not the users-only region");
            Assert.That(result.Scenario.Cost!.StorageUsdPerGbMonth, Is.EqualTo(new[] { 0.05, 0.05, 0.05 }));
        });
    }

    [TestCase("hot: { age: -30d }", 20, 17, "-30d: a duration cannot be negative")]
    [TestCase("hot: { age: 400d }", 20, 17, "400d: the duration is too long (at most 365d, so that simulated time fits in nanoseconds)")]
    [TestCase("warm: { age: 20d, regions: 2 }", 21, 18, "warm age (20d) must be greater than hot's (30d)")]
    [TestCase("warm: { age: 365d, regions: 0 }", 21, 33, "regions must be between 1 and 3 (the regions with nodes), found 0")]
    [TestCase("warm: { age: 365d, regions: 4 }", 21, 33, "regions must be between 1 and 3 (the regions with nodes), found 4")]
    [TestCase("warm: { age: 365d, regions: [us-east-1, eu-wset-1] }", 21, 45, "unknown region 'eu-wset-1'; did you mean 'eu-west-1'?")]
    [TestCase("warm: { age: 365d, regions: [users] }", 21, 34, "users has no nodes (users only): it cannot hold data")]
    [TestCase("warm: { age: 365d, regions: [eu-west-1, eu-west-1] }", 21, 45, "regions names eu-west-1 twice")]
    [TestCase("cold: { age: 2y, regions: 1 }", 22, 18, "cold is the last tier: it holds every older key and takes no age")]
    [TestCase("hot: { age: 30d, regions: 2 }", 20, 31, "hot keys are where the strategy keeps its data: regions must be all (or left out)")]
    [TestCase("hot: { age: 30d, read-latency: 5ms }", 20, 36, "hot reads are the strategy's own: read-latency applies to warm and cold")]
    [TestCase("warm: { age: 365d }", 21, 11, "missing required key 'regions' in warm")]
    public void Bad_tiers_are_reported_at_their_value(string replace, int line, int column, string message)
    {
        var key = replace[..replace.IndexOf(':')];
        var original = Tiers.Split('\n').Single(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        Errors.AssertContains(Head + "\n" + Tiers.Replace(original, "    " + replace), line, column, message);
    }

    [Test]
    public void Every_tier_needs_a_price_when_storage_is_priced()
    {
        var yaml = Head.Replace("storage-usd-per-gb-month: { hot: 0.1, warm: 0.023, cold: 0.004 }", "storage-usd-per-gb-month: { hot: 0.1, cold: 0.004 }") + "\n" + Tiers;
        Errors.AssertContains(yaml, 16, 60, "missing required key 'warm' in storage-usd-per-gb-month");
    }

    [Test]
    public void Key_age_and_hot_are_required()
    {
        Errors.AssertContains(Head + "\nstorage: { tiers: { hot: { age: 1d }, cold: { regions: 1 } } }", 17, 10, "missing required key 'key-age' in storage");
        Errors.AssertContains(Head + "\nstorage: { key-age: 1d, tiers: { cold: { regions: 1 } } }", 17, 32, "missing required key 'hot' in tiers");
    }
}
