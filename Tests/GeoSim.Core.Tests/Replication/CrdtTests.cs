using CsCheck;
using GeoSim.Core.Replication.MultiMaster;

namespace GeoSim.Core.Tests.Replication;

public class CrdtTests
{
    private static readonly Gen<PnCounter> Counters =
        Gen.Select(Gen.Int[0, 3], Gen.Int[-5, 5]).Array[0, 12]
            .Select(ops => ops.Aggregate(new PnCounter(4), (c, op) => c.Add(op.Item1, op.Item2)));

    [Test]
    public void Merge_is_commutative_associative_and_idempotent()
    {
        Gen.Select(Counters, Counters, Counters).Sample((a, b, c) =>
            a.Merge(b).Equals(b.Merge(a))
            && a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)))
            && a.Merge(a).Equals(a));
    }

    [Test]
    public void Replicas_that_receive_every_update_in_any_order_and_any_number_of_times_agree_on_the_total()
    {
        // Each node increments its own entry; every intermediate state is delivered to the others
        // in a random order, some twice.
        Gen.Select(Gen.Int[0, 3].Array[1, 30], Gen.Int[0, 1000]).Sample((writers, seed) =>
        {
            var states = new List<PnCounter>();
            var own = Enumerable.Range(0, 4).Select(_ => new PnCounter(4)).ToArray();
            foreach (var w in writers)
            {
                own[w] = own[w].Add(w, 1);
                states.Add(own[w]);
            }
            var rng = new Random(seed);
            var replicas = Enumerable.Range(0, 3).Select(_ =>
                states.Concat(states.Where(_ => rng.Next(2) == 0)).OrderBy(_ => rng.Next())
                    .Aggregate(new PnCounter(4), (acc, s) => acc.Merge(s))).ToList();
            return replicas.All(r => r.Value == writers.Length && r.Equals(replicas[0]));
        });
    }

    private static readonly Gen<OrSet> Sets =
        Gen.Select(Gen.Int[0, 3], Gen.Long[0, 5]).Array[0, 10]
            .Select(ops => ops.Aggregate(OrSet.Empty, (set, op) => op.Item1 == 0 ? set.Remove(op.Item2) : set.Add(op.Item2, op.Item2 * 10 + op.Item1)));

    [Test]
    public void Or_set_merge_is_commutative_associative_and_idempotent()
    {
        Gen.Select(Sets, Sets, Sets).Sample((a, b, c) =>
            a.Merge(b).Equals(b.Merge(a))
            && a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)))
            && a.Merge(a).Equals(a));
    }

    [Test]
    public void An_add_concurrent_with_a_remove_survives()
    {
        var start = OrSet.Empty.Add(7, 1);
        var removed = start.Remove(7);
        var readded = start.Add(7, 2);
        Assert.That(removed.Merge(readded).Elements, Is.EqualTo(new long[] { 7 }));
    }
}
