using GeoSim.Core.Workload;
using GeoSim.Core.Checkers;
using GeoSim.Core.Metrics;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>A key's truth is its newest write not discarded: discarding rolls it back.</summary>
public class CommitLedgerTruthTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);

    [Test]
    public void A_promotion_makes_the_value_the_new_primary_holds_the_truth_again()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var kept = CommitEverywhere(ledger, key: 0, now: 100);
        var abandoned = ledger.Commit(0, Primary, 200);
        ledger.OnStored(abandoned, kept);
        ledger.OnApplied(Primary, abandoned, now: 0);
        Assert.That(ledger.OnAcknowledged(abandoned, ledger.CommitSeqOf(abandoned), out _), Is.False);

        var lost = ledger.OnPromoted(Replica, now: 300);

        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.EqualTo(new LostWrites(1, 200, 200)));
            Assert.That(ledger.JudgeRead(0, kept, 400), Is.EqualTo(ReadOutcome.Fresh));
            // The discarded value is stale from its discard on.
            Assert.That(ledger.JudgeRead(0, abandoned, 400), Is.EqualTo(new ReadOutcome(true, 100, 3)));
            Assert.That(ledger.BehindNanos(Replica, 400), Is.EqualTo(0));
        });
    }

    [Test]
    public void A_write_its_old_primary_commits_after_being_abandoned_is_discarded_at_birth()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var kept = CommitEverywhere(ledger, key: 0, now: 100);
        var abandoned = ledger.Commit(0, Primary, 200);
        ledger.OnPromoted(Replica, now: 300);
        var late = ledger.Commit(0, Primary, 350);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.JudgeRead(0, kept, 400), Is.EqualTo(ReadOutcome.Fresh));
            Assert.That(ledger.JudgeRead(0, late, 400), Is.EqualTo(new ReadOutcome(true, 50, 3)));
            Assert.That(ledger.JudgeRead(0, abandoned, 400), Is.EqualTo(new ReadOutcome(true, 100, 3)));
            Assert.That(ledger.OnAcknowledged(late, ledger.CommitSeqOf(late), out var origin), Is.True);
            Assert.That(origin, Is.EqualTo(Primary));
        });
    }

    [Test]
    public void Losing_the_newest_write_rolls_the_truth_back_to_the_one_before()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var first = ledger.Commit(1, Primary, 100);
        var second = ledger.Commit(1, Replica, 150);
        var third = ledger.Commit(1, Primary, 180);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.MarkLost(third, 200), Is.True);
            Assert.That(ledger.MarkLost(third, 210), Is.False);
            Assert.That(ledger.JudgeRead(1, second, 250), Is.EqualTo(ReadOutcome.Fresh));
            Assert.That(ledger.JudgeRead(1, first, 250), Is.EqualTo(new ReadOutcome(true, 100, 1)));
            Assert.That(ledger.JudgeRead(1, third, 250), Is.EqualTo(new ReadOutcome(true, 50, 3)));
        });
    }

    [Test]
    public void Losing_a_middle_write_makes_its_predecessor_stale_only_from_the_next_commit()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var first = ledger.Commit(1, Primary, 100);
        var second = ledger.Commit(1, Replica, 150);
        var third = ledger.Commit(1, Primary, 180);
        ledger.MarkLost(second, 200);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.JudgeRead(1, third, 250), Is.EqualTo(ReadOutcome.Fresh));
            Assert.That(ledger.JudgeRead(1, first, 250), Is.EqualTo(new ReadOutcome(true, 70, 1)));
        });
        ledger.MarkLost(third, 260);
        Assert.That(ledger.JudgeRead(1, first, 300), Is.EqualTo(ReadOutcome.Fresh));
    }

    [Test]
    public void When_every_write_is_lost_the_initial_value_is_the_truth_until_the_next_commit()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var only = ledger.Commit(2, Primary, 100);
        ledger.MarkLost(only, 120);
        Assert.That(ledger.JudgeRead(2, CommitLedger.Initial, 150), Is.EqualTo(ReadOutcome.Fresh));

        ledger.Commit(2, Replica, 170);
        Assert.That(ledger.JudgeRead(2, CommitLedger.Initial, 200), Is.EqualTo(new ReadOutcome(true, 30, 1)));
    }

    private static int CommitEverywhere(CommitLedger ledger, int key, long now)
    {
        var write = ledger.Commit(key, Primary, now);
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(Primary, write, now: 0);
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(Replica, write, now: 0);
        return write;
    }
}
