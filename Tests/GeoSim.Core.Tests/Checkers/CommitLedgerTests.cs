using GeoSim.Core.Workload;
using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

public class CommitLedgerTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);

    [Test]
    public void A_replica_is_behind_by_the_age_of_its_oldest_unapplied_write()
    {
        var ledger = new CommitLedger(keys: 10, nodes: 2);
        var first = Commit(ledger, key: 1, now: 100);
        Commit(ledger, key: 2, now: 150);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.BehindNanos(Primary, 200), Is.EqualTo(0));
            Assert.That(ledger.BehindNanos(Replica, 200), Is.EqualTo(100));
        });

        ledger.OnStored(first, CommitLedger.Initial);
        ledger.OnApplied(Replica, first, now: 0);

        Assert.That(ledger.BehindNanos(Replica, 200), Is.EqualTo(50));
    }

    [Test]
    public void A_stale_read_counts_the_newer_versions_up_to_the_deepest_k()
    {
        var ledger = new CommitLedger(keys: 2, nodes: 2);
        var writes = Enumerable.Range(0, 5).Select(i => Commit(ledger, key: 1, now: 100 + i)).ToArray();

        Assert.That(writes.Select(w => ledger.JudgeRead(1, w, 200).VersionsBehind).Append(ledger.JudgeRead(1, CommitLedger.Initial, 200).VersionsBehind),
            Is.EqualTo(new[] { 3, 3, 2, 1, 0, 3 }));
    }

    [Test]
    public void A_read_of_a_superseded_value_is_stale_since_the_next_commit()
    {
        var ledger = new CommitLedger(keys: 10, nodes: 2);
        var first = Commit(ledger, key: 3, now: 100);
        var second = Commit(ledger, key: 3, now: 180);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.JudgeRead(3, CommitLedger.Initial, 200), Is.EqualTo(new GeoSim.Core.Workload.ReadOutcome(true, 100, 2)));
            Assert.That(ledger.JudgeRead(3, first, 200), Is.EqualTo(new GeoSim.Core.Workload.ReadOutcome(true, 20, 1)));
            Assert.That(ledger.JudgeRead(3, second, 200).Stale, Is.False);
            Assert.That(ledger.JudgeRead(4, CommitLedger.Initial, 200).Stale, Is.False);
        });
    }

    [Test]
    public void Entries_are_recycled_once_superseded_applied_everywhere_and_held_nowhere()
    {
        // 10,000 writes to one key, each applied on both nodes: the ledger must keep reusing a
        // couple of entries, so the ids stay small.
        var ledger = new CommitLedger(keys: 1, nodes: 2);
        var held = new[] { CommitLedger.Initial, CommitLedger.Initial };
        var maxId = 0;
        for (var i = 1; i <= 10_000; i++)
        {
            var write = Commit(ledger, key: 0, now: i, held);
            ledger.OnStored(write, held[1]);
            held[1] = write;
            ledger.OnApplied(Replica, write, now: 0);
            maxId = Math.Max(maxId, write);
        }
        Assert.That(maxId, Is.LessThan(4));
    }

    /// <summary>Commits at the primary and applies it there, as a strategy would.</summary>
    private static int Commit(CommitLedger ledger, int key, long now, int[]? held = null)
    {
        var write = ledger.Commit(key, Primary, now);
        ledger.OnStored(write, held?[0] ?? CommitLedger.Initial);
        if (held is not null)
        {
            held[0] = write;
        }
        ledger.OnApplied(Primary, write, now: 0);
        return write;
    }
}
