using GeoSim.Core.Checkers;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>The log audit against planted logs: agreeing nodes pass, a different entry at an applied index is a conflict.</summary>
public class LogAuditTests
{
    [Test]
    public void Nodes_that_apply_the_same_entries_agree()
    {
        var audit = new LogAudit(nodes: 2);
        Assert.Multiple(() =>
        {
            Assert.That(audit.OnApplied(0, 1, term: 1, commitSeq: -1), Is.False);
            Assert.That(audit.OnApplied(0, 2, term: 1, commitSeq: 7), Is.False);
            Assert.That(audit.OnApplied(1, 1, term: 1, commitSeq: -1), Is.False);
            Assert.That(audit.OnApplied(1, 2, term: 1, commitSeq: 7), Is.False);
            Assert.That(audit.Conflicts, Is.Zero);
            Assert.That(audit.Used, Is.True);
        });
    }

    [TestCase(2, 7)]
    [TestCase(1, 8)]
    public void A_different_term_or_write_at_an_applied_index_is_a_conflict(int term, long commitSeq)
    {
        var audit = new LogAudit(nodes: 2);
        audit.OnApplied(0, 1, term: 1, commitSeq: 7);
        Assert.Multiple(() =>
        {
            Assert.That(audit.OnApplied(1, 1, term, commitSeq), Is.True);
            Assert.That(audit.Conflicts, Is.EqualTo(1));
        });
    }

    [Test]
    public void Indices_every_node_has_passed_are_dropped_and_later_conflicts_still_found()
    {
        var audit = new LogAudit(nodes: 2);
        for (var index = 1; index <= 20_000; index++)
        {
            audit.OnApplied(0, index, term: 1, commitSeq: index);
            audit.OnApplied(1, index, term: 1, commitSeq: index);
        }
        audit.OnApplied(0, 20_001, term: 1, commitSeq: 20_001);
        Assert.Multiple(() =>
        {
            Assert.That(audit.OnApplied(1, 20_001, term: 2, commitSeq: 20_001), Is.True);
            Assert.That(() => audit.OnApplied(1, 5, term: 1, commitSeq: 5), Throws.InvalidOperationException, "applied out of order");
        });
    }
}
