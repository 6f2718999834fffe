using GeoSim.Core.Checkers;

namespace GeoSim.Core.Tests.Checkers;

public class LinearizabilityCheckerTests
{
    private const long Second = 1_000_000_000;

    [Test]
    public void A_read_older_than_a_write_acknowledged_before_it_began_is_a_violation()
    {
        var checker = new LinearizabilityChecker(keys: 2, horizonNanos: 2 * Second);
        checker.OnWriteAcknowledged(key: 0, commitSeq: 5, now: 10 * Second);

        Assert.Multiple(() =>
        {
            Assert.That(checker.IsViolation(0, readSeq: 4, issuedAt: 11 * Second), Is.True, "planted: misses write 5");
            Assert.That(checker.IsViolation(0, readSeq: 5, issuedAt: 11 * Second), Is.False, "returns it");
            Assert.That(checker.IsViolation(0, readSeq: 4, issuedAt: 9 * Second), Is.False, "began before the acknowledgement: concurrent");
            Assert.That(checker.IsViolation(1, readSeq: -1, issuedAt: 11 * Second), Is.False, "another key");
        });
    }

    [Test]
    public void Pruning_keeps_the_newest_acknowledgement_a_waiting_read_can_be_judged_by()
    {
        var checker = new LinearizabilityChecker(keys: 1, horizonNanos: 2 * Second);
        for (var i = 1; i <= 40; i++)
        {
            checker.OnWriteAcknowledged(0, commitSeq: i, now: i * Second);
        }

        Assert.Multiple(() =>
        {
            // Issued at 38.5 s: write 38 was acknowledged before it.
            Assert.That(checker.IsViolation(0, readSeq: 37, issuedAt: 38 * Second + Second / 2), Is.True);
            Assert.That(checker.IsViolation(0, readSeq: 38, issuedAt: 38 * Second + Second / 2), Is.False);
        });
    }
}
