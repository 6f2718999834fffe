using GeoSim.Core.Checkers;
using GeoSim.Core.Engine;
using GeoSim.Core.Metrics;
using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using static GeoSim.Core.Tests.TestRegions;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>Convergence: from the last heal until every write committed before it is applied everywhere, or discarded and held nowhere.</summary>
public class ConvergenceTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);

    [Test]
    public void Converges_when_the_last_write_committed_before_the_heal_is_applied_everywhere()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        var first = CommitAtPrimary(ledger, key: 0, now: 10);
        var second = CommitAtPrimary(ledger, key: 1, now: 20);
        ledger.OnHeal(100);
        var later = CommitAtPrimary(ledger, key: 2, now: 120);

        Apply(ledger, Replica, first, now: 130);
        Assert.That(ledger.ConvergenceNanos, Is.Null, "the second write is still missing");
        Apply(ledger, Replica, second, now: 150);

        Assert.That(ledger.ConvergenceNanos, Is.EqualTo(50), "a write committed after the heal does not count");
        Assert.That(later, Is.Not.EqualTo(second));
    }

    [Test]
    public void A_heal_with_nothing_outstanding_converges_at_once_and_a_later_heal_restarts_the_clock()
    {
        var ledger = new CommitLedger(keys: 4, nodes: 2);
        ledger.OnHeal(100);
        Assert.That(ledger.ConvergenceNanos, Is.EqualTo(0));

        var write = CommitAtPrimary(ledger, key: 0, now: 150);
        ledger.OnHeal(200);
        Assert.That(ledger.ConvergenceNanos, Is.Null);
        Apply(ledger, Replica, write, now: 230);
        Assert.That(ledger.ConvergenceNanos, Is.EqualTo(30));
    }

    [Test]
    public void An_abandoned_write_counts_as_resolved_only_once_no_store_holds_it()
    {
        // Three nodes: the primary's last write reaches node 2 only; node 1 is promoted.
        var ledger = new CommitLedger(keys: 4, nodes: 3);
        var stray = CommitAtPrimary(ledger, key: 0, now: 10);
        Apply(ledger, new NodeId(2), stray, now: 20);
        ledger.OnPromoted(Replica, now: 30);
        ledger.OnHeal(100);
        Assert.That(ledger.ConvergenceNanos, Is.Null, "the old primary and node 2 still hold it");

        ledger.OnStored(CommitLedger.Initial, stray);
        ledger.OnStored(CommitLedger.Initial, stray);
        var next = ledger.Commit(1, Replica, 140);
        Apply(ledger, Replica, next, now: 140);
        Assert.That(ledger.ConvergenceNanos, Is.EqualTo(40));
    }

    [Test]
    public void After_a_partition_heals_under_load_a_replica_converges_after_the_reconnect_and_one_latency()
    {
        // Writes never stop; the stream held during the partition resumes after the reconnect
        // delay and needs one one-way latency (40 ms) to land.
        var scenario = TestScenarios.TwoRegions(oneWayMs: 40, rate: 100, readFraction: 0, durationS: 60) with
        {
            Faults = [new PartitionFault(SimDuration.FromSeconds(20), SimDuration.FromSeconds(20), A, B, OneWay: false)],
        };

        var result = TestScenarios.Run(scenario);

        Assert.That(result.Row(MetricNames.Convergence, MetricNames.AllScope).Mean,
            Is.EqualTo(NetworkSpec.DefaultReconnectAfter.TotalSeconds + 0.040).Within(1e-9));
    }

    private static int CommitAtPrimary(CommitLedger ledger, int key, long now)
    {
        var write = ledger.Commit(key, Primary, now);
        Apply(ledger, Primary, write, now);
        return write;
    }

    private static void Apply(CommitLedger ledger, NodeId node, int write, long now)
    {
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(node, write, now);
    }
}
