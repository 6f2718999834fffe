using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>
/// A node that installs another's store has applied exactly what that node had, forwards or
/// backwards, and an old primary that rejoins this way learns which of its own writes it lost.
/// </summary>
public class CommitLedgerSnapshotTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Ahead = new(1);
    private static readonly NodeId Behind = new(2);

    /// <summary>Three writes of the primary at 10, 20, 30 ns: node 1 has all, node 2 only the first.</summary>
    private static (CommitLedger Ledger, int[] Writes) ThreeWrites()
    {
        var ledger = new CommitLedger(keys: 8, nodes: 3);
        var writes = new[] { 10L, 20, 30 }.Select((t, key) => ledger.Commit(key, Primary, t)).ToArray();
        foreach (var write in writes)
        {
            ledger.OnApplied(Primary, write, 40);
            ledger.OnApplied(Ahead, write, 40);
        }
        ledger.OnApplied(Behind, writes[0], 40);
        return (ledger, writes);
    }

    [Test]
    public void Installing_a_newer_store_brings_a_node_up_to_it()
    {
        var (ledger, writes) = ThreeWrites();
        Assert.That(ledger.BehindNanos(Behind, 100), Is.EqualTo(80), "before: behind by the write of 20");

        ledger.OnSnapshotInstalled(Behind, ledger.CursorsOf(Ahead), 100);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.BehindNanos(Behind, 100), Is.EqualTo(0));
            Assert.That(ledger.OnApplied(Behind, writes[1], 110), Is.False, "the store brought it");
            Assert.That(ledger.OnApplied(Behind, writes[2], 110), Is.False, "the store brought it");
        });
    }

    [Test]
    public void Installing_an_older_store_makes_a_node_wait_again_for_what_the_store_lacks()
    {
        var (ledger, writes) = ThreeWrites();

        ledger.OnSnapshotInstalled(Ahead, ledger.CursorsOf(Behind), 100);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.BehindNanos(Ahead, 100), Is.EqualTo(80), "behind by the write of 20 again");
            Assert.That(ledger.OnApplied(Ahead, writes[0], 110), Is.False, "the store had the first write");
            Assert.That(ledger.OnApplied(Ahead, writes[1], 110), Is.True);
            Assert.That(ledger.BehindNanos(Ahead, 120), Is.EqualTo(90), "then behind by the write of 30");
            Assert.That(ledger.OnApplied(Ahead, writes[2], 120), Is.True);
            Assert.That(ledger.BehindNanos(Ahead, 130), Is.EqualTo(0));
        });
    }

    [Test]
    public void An_old_primary_that_rejoins_by_snapshot_is_told_once_which_of_its_writes_were_discarded()
    {
        var (ledger, _) = ThreeWrites();
        var stray = new[] { ledger.Commit(5, Primary, 50), ledger.Commit(6, Primary, 60) };
        foreach (var write in stray)
        {
            ledger.OnApplied(Primary, write, 60);
        }
        ledger.OnPromoted(Ahead, 70);
        ledger.Commit(7, Ahead, 80);

        var report = ledger.OnSnapshotInstalled(Primary, ledger.CursorsOf(Ahead), 90);
        var again = ledger.OnSnapshotInstalled(Primary, ledger.CursorsOf(Ahead), 95);

        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo((2L, 50L, 60L)), "the two writes after the third, committed at 50 and 60");
            Assert.That(again.Count, Is.EqualTo(0), "reported once");
            Assert.That(ledger.BehindNanos(Primary, 100), Is.EqualTo(20), "the new primary's write of 80 is still to come");
        });
    }

    [Test]
    public void A_replica_that_never_had_the_abandoned_writes_reports_none()
    {
        var (ledger, _) = ThreeWrites();
        ledger.Commit(5, Primary, 50);
        ledger.OnPromoted(Ahead, 70);

        var report = ledger.OnSnapshotInstalled(Behind, ledger.CursorsOf(Ahead), 90);

        Assert.Multiple(() =>
        {
            Assert.That(report.Count, Is.EqualTo(0), "only the old primary's own terms are reported to it");
            Assert.That(ledger.BehindNanos(Behind, 90), Is.EqualTo(0));
        });
    }
}
