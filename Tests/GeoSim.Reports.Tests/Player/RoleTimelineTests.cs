using GeoSim.Core.Metrics;
using GeoSim.Reports.Player;
using static GeoSim.Reports.Tests.Player.PlayerRuns;

namespace GeoSim.Reports.Tests.Player;

public sealed class RoleTimelineTests
{
    [Test]
    public void A_failover_fences_the_old_primary_promotes_the_new_and_the_old_rejoins_as_replica()
    {
        var roles = Of([new("east", 2, "primary"), new("west", 3, "replica")],
            Start(60, "east", "isolate for 43s"),
            Event(69, "fenced", "east"),
            Event(70.1, "promotion", "west"),
            End(103, "east", "isolate"),
            Event(103.03, "demotion", "east"),
            Event(104.06, "rejoin", "east"));

        Assert.Multiple(() =>
        {
            Assert.That(roles[0], Is.EqualTo(new[] { (0.0, "primary"), (69.0, "fenced"), (103.03, "replica") }));
            Assert.That(roles[1], Is.EqualTo(new[] { (0.0, "replica"), (70.1, "primary") }));
        });
    }

    [Test]
    public void A_fenced_primary_that_hears_a_majority_again_is_primary_again()
    {
        var roles = Of([new("east", 2, "primary"), new("west", 3, "replica")], Event(69, "fenced", "east"), Event(103, "unfenced", "east"));

        Assert.That(roles[0], Is.EqualTo(new[] { (0.0, "primary"), (69.0, "fenced"), (103.0, "primary") }));
    }

    [Test]
    public void A_region_is_down_while_all_its_nodes_are_and_a_node_outage_alone_does_not_take_it_down()
    {
        var roles = Of([new("east", 2, "primary"), new("west", 1, "replica")],
            Start(10, "east/0", "outage for 10s"),
            End(20, "east/0", "outage"),
            Start(30, "east", "outage for 10s"),
            End(40, "east", "outage"),
            Start(50, "west/0", "outage for 5s"),
            End(55, "west/0", "outage"));

        Assert.Multiple(() =>
        {
            Assert.That(roles[0], Is.EqualTo(new[] { (0.0, "primary"), (30.0, "down"), (40.0, "primary") }));
            Assert.That(roles[1], Is.EqualTo(new[] { (0.0, "replica"), (50.0, "down"), (55.0, "replica") }));
        });
    }

    [Test]
    public void A_consensus_leader_restarts_as_a_follower_and_an_election_makes_a_leader()
    {
        var roles = Of([new("a", 1, "leader"), new("b", 1, "replica"), new("c", 1, "replica")],
            Start(10, "a", "random-outages for 8s"),
            Event(12, "elected", "b"),
            End(18, "a", "random-outages"),
            Event(30, "step-down", "b"),
            Event(30.2, "elected", "c"));

        Assert.Multiple(() =>
        {
            Assert.That(roles[0], Is.EqualTo(new[] { (0.0, "leader"), (10.0, "down"), (18.0, "replica") }));
            Assert.That(roles[1], Is.EqualTo(new[] { (0.0, "replica"), (12.0, "leader"), (30.0, "replica") }));
            Assert.That(roles[2], Is.EqualTo(new[] { (0.0, "replica"), (30.2, "leader") }));
        });
    }

    [Test]
    public void Events_are_taken_in_time_order_whatever_order_the_run_recorded_them_in()
    {
        // The run records narrative captions and scheduled faults ahead of what the strategy reports.
        var roles = Of([new("east", 1, "primary"), new("west", 1, "replica")],
            Event(103.03, "demotion", "east"), Event(70.1, "promotion", "west"), Event(69, "fenced", "east"));

        Assert.That(roles[0], Is.EqualTo(new[] { (0.0, "primary"), (69.0, "fenced"), (103.03, "replica") }));
    }

    [Test]
    public void Events_that_change_no_role_leave_the_timeline_alone()
    {
        var roles = Of([new("a", 1, "primary"), new("b", 1, "replica")],
            Event(5, "narrative", ""), Event(6, "semi-sync-fallback", "a"), Event(7, "overload", "b"), Start(8, "a<->b", "partition for 2s"));

        Assert.That(roles.Select(r => r.Length), Is.EqualTo(new[] { 1, 1 }));
    }

    private static (double, string)[][] Of(RegionStart[] regions, params RunEvent[] events) =>
        RoleTimeline.For(With(regions, events)).Select(r => r.Select(c => (c.TimeSeconds, c.State)).ToArray()).ToArray();
}
