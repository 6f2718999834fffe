using CsCheck;
using GeoSim.Core.Replication.MultiMaster;

namespace GeoSim.Core.Tests.Replication;

public class PnCounterTests
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
}
