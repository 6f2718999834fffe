using GeoSim.Core.Clocks;
using GeoSim.Core.Replication.MultiMaster;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Replication;

public class ConflictResolverTests
{
    private static readonly VersionVector Zero = new(2);

    private static ConflictResolver Resolver(ConflictResolution resolution) =>
        new(new MultiMasterSpec("mm", resolution, [new RegionId(1), new RegionId(0)], CrdtType.Register), node => node == 1 ? 0 : 1);

    [Test]
    public void Under_lww_a_causally_later_write_with_a_lagging_clock_loses()
    {
        // Node 0's clock is 500 ms ahead. It writes at true 1.0 s (stamped 1.5 s); node 1 sees
        // that write at 1.04 s and overwrites it at true 1.2 s (stamped 1.2 s): causally later,
        // yet its timestamp is lower, so timestamp-only LWW keeps node 0's value.
        var first = new KeyVersion(Zero.Increment(0), new HlcTimestamp(1_500_000_000, 0), 0, 1, null);
        var later = new KeyVersion(first.Clock.Increment(1), new HlcTimestamp(1_200_000_000, 0), 1, 2, null);

        Assert.Multiple(() =>
        {
            Assert.That(later.Clock.Compare(first.Clock), Is.EqualTo(CausalOrder.After));
            Assert.That(Resolver(ConflictResolution.Lww).IncomingWins(first, later, CausalOrder.After), Is.False);
        });
    }

    [Test]
    public void Under_hlc_lww_the_causally_later_write_wins_because_its_clock_observed_the_first()
    {
        var hlc = new HybridLogicalClock();
        var first = new KeyVersion(Zero.Increment(0), new HlcTimestamp(1_500_000_000, 0), 0, 1, null);
        hlc.Observe(first.Time, 1_040_000_000);
        var later = new KeyVersion(first.Clock.Increment(1), hlc.Now(1_200_000_000), 1, 2, null);

        Assert.That(Resolver(ConflictResolution.HlcLww).IncomingWins(first, later, CausalOrder.After), Is.True);
    }

    [TestCase(1_000, 2_000, true)]
    [TestCase(2_000, 1_000, false)]
    [TestCase(1_000, 1_000, true)] // equal timestamps: the higher node id (1, incoming) wins
    public void Concurrent_writes_go_to_the_higher_timestamp(long localNanos, long incomingNanos, bool incomingWins)
    {
        var local = new KeyVersion(Zero.Increment(0), new HlcTimestamp(localNanos, 0), 0, 1, null);
        var incoming = new KeyVersion(Zero.Increment(1), new HlcTimestamp(incomingNanos, 0), 1, 2, null);

        Assert.That(Resolver(ConflictResolution.Lww).IncomingWins(local, incoming, CausalOrder.Concurrent), Is.EqualTo(incomingWins));
    }

    [TestCase(CausalOrder.Concurrent, 1, true)]   // node 1 is in region b, listed first
    [TestCase(CausalOrder.Concurrent, 0, false)]
    [TestCase(CausalOrder.After, 0, true)]        // causal order beats priority
    [TestCase(CausalOrder.Before, 1, false)]
    public void Priority_settles_only_concurrent_writes_by_region(CausalOrder order, int incomingNode, bool incomingWins)
    {
        var local = new KeyVersion(Zero.Increment(1 - incomingNode), new HlcTimestamp(5, 0), 1 - incomingNode, 1, null);
        var incoming = new KeyVersion(Zero.Increment(incomingNode), new HlcTimestamp(1, 0), incomingNode, 2, null);

        Assert.That(Resolver(ConflictResolution.Priority).IncomingWins(local, incoming, order), Is.EqualTo(incomingWins));
    }
}
