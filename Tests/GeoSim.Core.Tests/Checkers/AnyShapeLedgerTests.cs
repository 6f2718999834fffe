using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>
/// The ledger assumes no replication shape: a write is expected only at its holders, applies come
/// in any order and may repeat, and a write is freed once every expected holder has it.
/// </summary>
public class AnyShapeLedgerTests
{
    private const int Nodes = 3;
    private static readonly NodeId Origin = new(0);
    private static readonly NodeId B = new(1);
    private static readonly NodeId C = new(2);

    [Test]
    public void Writes_applied_out_of_order_leave_a_node_behind_by_the_oldest_it_still_lacks()
    {
        var ledger = new CommitLedger(keys: 10, nodes: Nodes);
        var first = ledger.Commit(1, Origin, now: 100);
        var second = ledger.Commit(2, Origin, now: 150);
        var third = ledger.Commit(3, Origin, now: 170);

        Assert.That(ledger.OnApplied(B, third, now: 200), Is.True);
        Assert.That(ledger.BehindNanos(B, 200), Is.EqualTo(100), "still lacks the first");
        ledger.OnApplied(B, first, now: 210);
        Assert.That(ledger.BehindNanos(B, 300), Is.EqualTo(150), "the second is now the oldest it lacks");
        ledger.OnApplied(B, second, now: 220);
        Assert.That(ledger.BehindNanos(B, 300), Is.EqualTo(0), "the third was applied before: the cursor moves past it");
    }

    [Test]
    public void A_repeated_apply_changes_nothing_and_says_so()
    {
        var ledger = new CommitLedger(keys: 10, nodes: Nodes);
        var first = ledger.Commit(1, Origin, now: 100);
        ledger.Commit(2, Origin, now: 150);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.OnApplied(B, first, now: 200), Is.True);
            Assert.That(ledger.OnApplied(B, first, now: 210), Is.False);
            Assert.That(ledger.BehindNanos(B, 300), Is.EqualTo(150));
        });
    }

    [Test]
    public void A_node_that_is_not_a_holder_of_a_write_is_never_behind_it_and_never_takes_it()
    {
        var ledger = new CommitLedger(keys: 10, nodes: Nodes);
        var holders = CommitLedger.HolderSet(Nodes, [Origin, B]);
        var write = ledger.Commit(1, Origin, now: 100, holders);
        ledger.OnApplied(Origin, write, now: 100);

        var unapplied = new List<long>();
        ledger.ForEachUnapplied(C, (_, commit) => unapplied.Add(commit));
        Assert.Multiple(() =>
        {
            Assert.That(ledger.BehindNanos(C, 500), Is.EqualTo(0));
            Assert.That(ledger.BehindNanos(B, 500), Is.EqualTo(400));
            Assert.That(unapplied, Is.Empty);
            Assert.That(ledger.OnApplied(C, write, now: 200), Is.False, "not expected there");
        });
    }

    [Test]
    public void A_node_behind_on_one_holder_set_is_not_held_up_by_writes_it_does_not_hold()
    {
        var ledger = new CommitLedger(keys: 10, nodes: Nodes);
        var toB = ledger.Commit(1, Origin, now: 100, CommitLedger.HolderSet(Nodes, [Origin, B]));
        var toC = ledger.Commit(2, Origin, now: 200, CommitLedger.HolderSet(Nodes, [Origin, C]));
        ledger.OnApplied(Origin, toB, now: 200);
        ledger.OnApplied(Origin, toC, now: 200);

        Assert.That((ledger.BehindNanos(B, 1000), ledger.BehindNanos(C, 1000)), Is.EqualTo((900L, 800L)));
        ledger.OnApplied(C, toC, now: 300);
        ledger.OnApplied(B, toB, now: 300);
        Assert.That((ledger.BehindNanos(B, 1000), ledger.BehindNanos(C, 1000)), Is.EqualTo((0L, 0L)));
    }

    [Test]
    public void Entries_of_partially_replicated_writes_are_recycled_once_their_holders_have_them()
    {
        // 10,000 writes of one key held by two of three nodes: if the third were waited for, no
        // entry would be freed and ids would grow with the writes.
        var ledger = new CommitLedger(keys: 1, nodes: Nodes);
        var holders = CommitLedger.HolderSet(Nodes, [Origin, B]);
        var ids = new HashSet<int>();
        var held = CommitLedger.Initial;
        for (var i = 0; i < 10_000; i++)
        {
            var write = ledger.Commit(0, Origin, now: i, holders);
            ids.Add(write);
            ledger.OnStored(write, held);
            held = write;
            ledger.OnApplied(Origin, write, now: i);
            ledger.OnApplied(B, write, now: i);
        }

        Assert.That(ids, Has.Count.LessThanOrEqualTo(3));
    }
}
