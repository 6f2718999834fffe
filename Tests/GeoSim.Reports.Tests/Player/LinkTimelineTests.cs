using GeoSim.Core.Metrics;
using GeoSim.Reports.Player;
using static GeoSim.Reports.Tests.Player.PlayerRuns;

namespace GeoSim.Reports.Tests.Player;

public sealed class LinkTimelineTests
{
    private static readonly RegionStart[] Three = [new("a", 1, "primary"), new("b", 1, "replica"), new("c", 1, "replica")];
    private static readonly string[] Names = ["a", "b", "c"];

    [Test]
    public void Every_ordered_pair_is_a_link()
    {
        Assert.That(LinkTimeline.Names(Names), Is.EqualTo(new[] { "a->b", "a->c", "b->a", "b->c", "c->a", "c->b" }));
    }

    [Test]
    public void A_one_way_partition_cuts_one_direction_only()
    {
        var links = Of(Start(10, "a->b", "partition for 5s"), End(15, "a->b", "partition"));

        Assert.Multiple(() =>
        {
            Assert.That(links["a->b"], Is.EqualTo(new[] { (0.0, "up"), (10.0, "partitioned"), (15.0, "up") }));
            Assert.That(links["b->a"], Is.EqualTo(new[] { (0.0, "up") }));
            Assert.That(links["a->c"], Is.EqualTo(new[] { (0.0, "up") }));
        });
    }

    [Test]
    public void A_partition_both_ways_cuts_both_directions()
    {
        var links = Of(Start(10, "b<->c", "partition for 5s"), End(15, "b<->c", "partition"));

        Assert.Multiple(() =>
        {
            Assert.That(links["b->c"], Is.EqualTo(new[] { (0.0, "up"), (10.0, "partitioned"), (15.0, "up") }));
            Assert.That(links["c->b"], Is.EqualTo(links["b->c"]));
            Assert.That(links["a->b"], Is.EqualTo(new[] { (0.0, "up") }));
        });
    }

    [Test]
    public void An_isolation_cuts_every_link_of_the_region_and_no_other()
    {
        var links = Of(Start(60, "a", "isolate for 43s"), End(103, "a", "isolate"));

        var cut = new[] { (0.0, "up"), (60.0, "partitioned"), (103.0, "up") };
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "a->b", "b->a", "a->c", "c->a" })
            {
                Assert.That(links[name], Is.EqualTo(cut), name);
            }
            Assert.That(links["b->c"], Is.EqualTo(new[] { (0.0, "up") }));
        });
    }

    [Test]
    public void Slow_and_lossy_links_show_as_such_and_a_partition_over_them_wins_until_it_heals()
    {
        var links = Of(
            Start(10, "a->b", "slow-link for 30s"),
            Start(20, "a<->b", "lossy-link for 20s"),
            Start(25, "a<->b", "partition for 5s"),
            End(30, "a<->b", "partition"),
            End(40, "a->b", "slow-link"),
            End(40, "a<->b", "lossy-link"));

        Assert.Multiple(() =>
        {
            Assert.That(links["a->b"], Is.EqualTo(new[] { (0.0, "up"), (10.0, "slow"), (20.0, "lossy"), (25.0, "partitioned"), (30.0, "lossy"), (40.0, "up") }));
            Assert.That(links["b->a"], Is.EqualTo(new[] { (0.0, "up"), (20.0, "lossy"), (25.0, "partitioned"), (30.0, "lossy"), (40.0, "up") }));
        });
    }

    [Test]
    public void Overlapping_partitions_heal_when_the_last_ends_and_an_outage_leaves_links_up()
    {
        var links = Of(
            Start(10, "a<->b", "partition for 20s"),
            Start(15, "a", "isolate for 5s"),
            End(20, "a", "isolate"),
            Start(22, "c", "outage for 5s"),
            End(27, "c", "outage"),
            End(30, "a<->b", "partition"));

        Assert.Multiple(() =>
        {
            Assert.That(links["a->b"], Is.EqualTo(new[] { (0.0, "up"), (10.0, "partitioned"), (30.0, "up") }));
            Assert.That(links["a->c"], Is.EqualTo(new[] { (0.0, "up"), (15.0, "partitioned"), (20.0, "up") }));
            Assert.That(links["b->c"], Is.EqualTo(new[] { (0.0, "up") }));
        });
    }

    [Test]
    public void A_heal_and_a_new_cut_at_the_same_moment_leave_no_blink()
    {
        var links = Of(Start(10, "a->b", "partition for 5s"), End(15, "a->b", "partition"), Start(15, "a<->b", "partition for 5s"), End(20, "a<->b", "partition"));

        Assert.That(links["a->b"], Is.EqualTo(new[] { (0.0, "up"), (10.0, "partitioned"), (20.0, "up") }));
    }

    private static Dictionary<string, (double, string)[]> Of(params RunEvent[] events)
    {
        var timeline = LinkTimeline.For(With(Three, events), Names);
        return LinkTimeline.Names(Names).Zip(timeline).ToDictionary(p => p.First, p => p.Second.Select(c => (c.TimeSeconds, c.State)).ToArray());
    }
}
