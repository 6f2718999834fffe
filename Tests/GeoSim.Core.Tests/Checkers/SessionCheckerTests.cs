using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Core.Workload;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Checkers;

public class SessionCheckerTests
{
    private const long Timeout = 1_000;

    [TestCase(Consistency.Eventual, true)]
    [TestCase(Consistency.ReadYourWrites, true)]
    [TestCase(Consistency.MonotonicReads, false)]
    public void A_read_older_than_an_acknowledged_own_write_breaks_read_your_writes(Consistency consistency, bool checks)
    {
        var checker = Checker(consistency);
        checker.OnWriteAcknowledged(0, 0, key: 3, commitSeq: 5, now: 10);

        Assert.Multiple(() =>
        {
            Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 4, issuedAt: 20, now: 30), Is.EqualTo(checks));
            Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 5, issuedAt: 20, now: 30), Is.False, "the write itself");
            Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 4, issuedAt: 9, now: 31), Is.False, "issued before the ack: concurrent");
            Assert.That(checker.OnRead(0, 0, key: 4, commitSeq: 0, issuedAt: 20, now: 30), Is.False, "another key");
            Assert.That(checker.OnRead(0, 1, key: 3, commitSeq: 0, issuedAt: 20, now: 30), Is.False, "another session");
        });
    }

    [TestCase(Consistency.Eventual, true)]
    [TestCase(Consistency.MonotonicReads, true)]
    [TestCase(Consistency.ReadYourWrites, false)]
    public void A_read_older_than_an_earlier_read_breaks_monotonic_reads(Consistency consistency, bool checks)
    {
        var checker = Checker(consistency);
        Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 7, issuedAt: 0, now: 10), Is.False);

        Assert.Multiple(() =>
        {
            Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 6, issuedAt: 10, now: 20), Is.EqualTo(checks));
            Assert.That(checker.OnRead(0, 0, key: 3, commitSeq: 6, issuedAt: 9, now: 21), Is.False, "issued before the first reply");
        });
    }

    [Test]
    public void An_acknowledgement_arriving_while_a_read_is_in_flight_does_not_mask_an_earlier_one()
    {
        // Write 1 acknowledged at 10, the read issued at 20 misses it; write 2's ack lands at 25,
        // before the read's reply. The read still broke read-your-writes for write 1.
        var checker = Checker(Consistency.Eventual);
        checker.OnWriteAcknowledged(0, 0, key: 0, commitSeq: 1, now: 10);
        checker.OnWriteAcknowledged(0, 0, key: 0, commitSeq: 2, now: 25);

        Assert.That(checker.OnRead(0, 0, key: 0, commitSeq: 0, issuedAt: 20, now: 30), Is.True);
    }

    [Test]
    public void A_reply_arriving_while_a_read_is_in_flight_does_not_mask_an_earlier_one()
    {
        var checker = Checker(Consistency.MonotonicReads);
        checker.OnRead(0, 0, key: 0, commitSeq: 5, issuedAt: 0, now: 10);
        checker.OnRead(0, 0, key: 0, commitSeq: 8, issuedAt: 5, now: 25);

        Assert.That(checker.OnRead(0, 0, key: 0, commitSeq: 4, issuedAt: 20, now: 30), Is.True);
    }

    [Test]
    public void A_key_is_forgotten_once_the_window_has_taken_as_many_other_keys()
    {
        var checker = Checker(Consistency.ReadYourWrites);
        checker.OnWriteAcknowledged(0, 0, key: 100, commitSeq: 9, now: 0);
        for (var k = 0; k < SessionChecker.Window - 1; k++)
        {
            checker.OnWriteAcknowledged(0, 0, key: k, commitSeq: 1, now: 1);
        }
        Assert.That(checker.OnRead(0, 0, key: 100, commitSeq: 0, issuedAt: 2, now: 3), Is.True, "still in the window");

        checker.OnWriteAcknowledged(0, 0, key: 50, commitSeq: 1, now: 4);
        Assert.That(checker.OnRead(0, 0, key: 100, commitSeq: 0, issuedAt: 5, now: 6), Is.False, "forgotten: the documented undercount");
    }

    [Test]
    public void The_count_matches_an_exact_recheck_of_random_traces()
    {
        // Many overlapping ops on few keys and sessions, within the window and depth the checker
        // documents; each read is rechecked against every op of its session.
        var random = new Random(12345);
        for (var trace = 0; trace < 200; trace++)
        {
            var consistency = (Consistency)(trace % 3);
            var ops = RandomTrace(random);
            var checker = Checker(consistency);
            var counted = 0;
            var expected = 0;
            foreach (var op in ops.OrderBy(o => o.RepliedAt))
            {
                if (op.IsWrite)
                {
                    checker.OnWriteAcknowledged(0, op.Session, op.Key, op.Seq, op.RepliedAt);
                    continue;
                }
                counted += checker.OnRead(0, op.Session, op.Key, op.Seq, op.IssuedAt, op.RepliedAt) ? 1 : 0;
                expected += Violates(op, ops, consistency) ? 1 : 0;
            }
            Assert.That(counted, Is.EqualTo(expected), $"trace {trace}");
        }
    }

    private static bool Violates(Op read, List<Op> ops, Consistency consistency)
    {
        var earlier = ops.Where(o => o.Session == read.Session && o.Key == read.Key && o.RepliedAt <= read.IssuedAt && o.Seq > read.Seq);
        return earlier.Any(o => o.IsWrite ? consistency != Consistency.MonotonicReads : consistency != Consistency.ReadYourWrites);
    }

    /// <summary>Two sessions, three keys; ops last up to the timeout; few enough per key that no rise is dropped.</summary>
    private static List<Op> RandomTrace(Random random)
    {
        var ops = new List<Op>();
        var time = 0L;
        for (var i = 0; i < 60; i++)
        {
            time += random.Next(1, 60);
            var latency = random.Next(1, (int)Timeout);
            ops.Add(new Op(random.Next(2) == 0, random.Next(2), random.Next(3), time, time + latency, random.Next(0, 30)));
        }
        return ops;
    }

    private static SessionChecker Checker(Consistency consistency) =>
        new([new ClientGroup(new ClientSpec(A, 1, 0.5, 2, consistency, new SimDuration(Timeout)), A, Timeout)]);

    private sealed record Op(bool IsWrite, int Session, int Key, long IssuedAt, long RepliedAt, long Seq);
}
