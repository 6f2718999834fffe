using GeoSim.Core.Checkers;
using GeoSim.Core.Topology;

namespace GeoSim.Core.Tests.Checkers;

/// <summary>A witness holds no data: the ledger never expects it to apply a write.</summary>
public class WitnessLedgerTests
{
    private static readonly NodeId Primary = new(0);
    private static readonly NodeId Replica = new(1);
    private static readonly NodeId Witness = new(2);

    [TestCase(true, 0, 50L)]
    [TestCase(false, 1, null)]
    public void Only_the_replica_must_apply_a_write_when_the_third_node_is_a_witness(bool witness, int unappliedAtThird, long? convergence)
    {
        var ledger = new CommitLedger(keys: 1, nodes: 3, witness ? [Witness] : null);
        var write = ledger.Commit(0, Primary, now: 100);
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(Primary, write, now: 100);
        ledger.OnHeal(150);
        ledger.OnStored(write, CommitLedger.Initial);
        ledger.OnApplied(Replica, write, now: 200);
        var unapplied = 0;
        ledger.ForEachUnapplied(Witness, (_, _) => unapplied++);

        Assert.Multiple(() =>
        {
            Assert.That(ledger.HoldsData(Witness), Is.EqualTo(!witness));
            Assert.That(ledger.BehindNanos(Witness, 300), Is.EqualTo(witness ? 0 : 200));
            Assert.That(unapplied, Is.EqualTo(unappliedAtThird));
            Assert.That(ledger.ConvergenceNanos, Is.EqualTo(convergence), "convergence waits for every node that holds data, and only for those");
        });
    }
}
