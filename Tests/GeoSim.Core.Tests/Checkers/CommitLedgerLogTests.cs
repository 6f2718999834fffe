using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>The ledger's per-term logs: growth, cursors, acknowledgements of reused ids.</summary>
public class CommitLedgerLogTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);

    [Test]
    public void A_replica_far_behind_is_behind_by_its_oldest_write_however_long_the_log_grows()
    {
        // 1,000 unapplied writes outgrow the log's first ring several times over.
        var ledger = new CommitLedger(keys: 10, nodes: 2);
        var writes = new List<int>();
        for (var i = 0; i < 1000; i++)
        {
            var write = ledger.Commit(i % 10, Primary, now: 100 + i);
            ledger.OnStored(write, CommitLedger.Initial);
            ledger.OnApplied(Primary, write, now: 100 + i);
            writes.Add(write);
        }
        Assert.That(ledger.BehindNanos(Replica, 2000), Is.EqualTo(1900));

        for (var i = 0; i < 700; i++)
        {
            ledger.OnApplied(Replica, writes[i], now: 2000);
        }
        Assert.Multiple(() =>
        {
            Assert.That(ledger.BehindNanos(Replica, 2000), Is.EqualTo(2000 - 800));
            Assert.That(ledger.CursorsOf(Replica), Is.EqualTo(new long[] { 700 }));
            Assert.That(ledger.CursorsOf(Primary), Is.EqualTo(new long[] { 1000 }));
            Assert.That(ledger.OriginOf(writes[999]), Is.EqualTo(Primary));
            Assert.That(ledger.CommitTime(writes[999]), Is.EqualTo(1099));
        });
    }

    [Test]
    public void An_acknowledgement_counts_once_and_never_for_a_reused_id()
    {
        var ledger = new CommitLedger(keys: 1, nodes: 2);
        var first = ledger.Commit(0, Primary, 10);
        var firstSeq = ledger.CommitSeqOf(first);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.OnAcknowledged(CommitLedger.Initial, -1, out _), Is.False);
            Assert.That(ledger.CommitSeqOf(CommitLedger.Initial), Is.EqualTo(-1));
        });
        ledger.OnPromoted(Replica, now: 20);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.OnAcknowledged(first, firstSeq, out var origin), Is.True, "acknowledged after it was abandoned: lost");
            Assert.That(origin, Is.EqualTo(Primary));
            Assert.That(ledger.OnAcknowledged(first, firstSeq, out _), Is.False, "once");
            Assert.That(ledger.OnAcknowledged(first, firstSeq + 1, out _), Is.False, "another write's sequence");
        });
    }

    [Test]
    public void A_promotion_reports_the_acknowledged_writes_it_abandons_with_their_commit_times()
    {
        var ledger = new CommitLedger(keys: 10, nodes: 3);
        var seqs = new List<(int Id, long Seq)>();
        for (var i = 0; i < 5; i++)
        {
            var write = ledger.Commit(i, Primary, now: 100 * (i + 1));
            seqs.Add((write, ledger.CommitSeqOf(write)));
        }
        ledger.OnApplied(Replica, seqs[0].Id, now: 600);
        ledger.OnApplied(Replica, seqs[1].Id, now: 600);
        foreach (var i in new[] { 1, 2, 4 })
        {
            ledger.OnAcknowledged(seqs[i].Id, seqs[i].Seq, out _);
        }

        var lost = ledger.OnPromoted(Replica, now: 700);

        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.EqualTo(new LostWrites(2, 300, 500)), "writes 3 and 5: write 2 reached the new primary");
            Assert.That(ledger.BehindNanos(new NodeId(2), 800), Is.EqualTo(800 - 100), "node 2 still owes writes 1 and 2, not the abandoned");
            Assert.That(ledger.OnPromoted(new NodeId(2), now: 900), Is.EqualTo(new LostWrites(1, 200, 200)), "node 2 never had write 2");
        });
    }
}
