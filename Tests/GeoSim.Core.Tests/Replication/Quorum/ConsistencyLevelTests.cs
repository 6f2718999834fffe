using GeoSim.Core.Replication.Quorum;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Replication.Quorum;

/// <summary>The arithmetic of consistency levels over a key's replicas: 3 in region 0, 3 in region 1, 2 in region 2.</summary>
public class ConsistencyLevelTests
{
    private static readonly RegionId[] RegionOfReplica = [new(0), new(0), new(0), new(1), new(1), new(1), new(2), new(2)];

    private static ReplicaSet Replicas() => new([.. Enumerable.Range(0, RegionOfReplica.Length).Select(i => new NodeId(i))], RegionOfReplica);

    private static bool[] Answered(params int[] replicas)
    {
        var answered = new bool[RegionOfReplica.Length];
        foreach (var r in replicas)
        {
            answered[r] = true;
        }
        return answered;
    }

    [TestCase("one", 8, 1)]
    [TestCase("two", 8, 2)]
    [TestCase("5", 8, 5)]
    [TestCase("quorum", 8, 5)]
    [TestCase("quorum", 3, 2)]
    [TestCase("quorum", 4, 3)]
    [TestCase("all", 8, 8)]
    [TestCase("local-one", 3, 1)]
    [TestCase("local-quorum", 3, 2)]
    [TestCase("local-quorum", 2, 2)]
    [TestCase("each-quorum", 5, 3)]
    public void Needed_is_the_count_or_a_majority(string level, int replicas, int needed) =>
        Assert.That(ConsistencyLevel.Parse(level)!.Value.Needed(replicas), Is.EqualTo(needed));

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("majority")]
    [TestCase("1.5")]
    public void Anything_else_is_not_a_level(string text) => Assert.That(ConsistencyLevel.Parse(text), Is.Null);

    [TestCase("quorum", new[] { 0, 1, 2, 3 }, false)]
    [TestCase("quorum", new[] { 0, 1, 2, 3, 6 }, true)]
    [TestCase("local-quorum", new[] { 0, 1 }, true)]
    [TestCase("local-quorum", new[] { 0, 3, 4, 5, 6, 7 }, false)]
    [TestCase("local-one", new[] { 2 }, true)]
    [TestCase("local-one", new[] { 3, 4, 5, 6, 7 }, false)]
    [TestCase("each-quorum", new[] { 0, 1, 3, 4, 6 }, false)]
    [TestCase("each-quorum", new[] { 0, 1, 3, 4, 6, 7 }, true)]
    [TestCase("all", new[] { 0, 1, 2, 3, 4, 5, 6 }, false)]
    public void A_coordinator_in_region_0_has_enough_answers(string level, int[] answered, bool met) =>
        Assert.That(Replicas().Met(ConsistencyLevel.Parse(level)!.Value, new RegionId(0), Answered(answered)), Is.EqualTo(met));

    [Test]
    public void Local_levels_are_never_met_where_no_replica_is()
    {
        var all = Answered([.. Enumerable.Range(0, RegionOfReplica.Length)]);
        Assert.That(Replicas().Met(new ConsistencyLevel(LevelKind.LocalOne), new RegionId(3), all), Is.False);
    }

    [Test]
    public void Targets_are_the_fewest_that_meet_the_level_nearest_first()
    {
        int[] nearest = [3, 0, 6, 1, 4, 7, 2, 5];
        Assert.Multiple(() =>
        {
            Assert.That(Replicas().Targets(ConsistencyLevel.Majority, new RegionId(0), nearest), Is.EqualTo(new[] { 3, 0, 6, 1, 4 }));
            Assert.That(Replicas().Targets(new ConsistencyLevel(LevelKind.LocalQuorum), new RegionId(0), nearest), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(Replicas().Targets(new ConsistencyLevel(LevelKind.EachQuorum), new RegionId(0), nearest), Is.EqualTo(new[] { 0, 1, 3, 4, 6, 7 }));
        });
    }
}
