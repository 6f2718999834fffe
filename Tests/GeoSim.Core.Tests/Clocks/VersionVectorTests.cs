using CsCheck;
using GeoSim.Core.Clocks;

namespace GeoSim.Core.Tests.Clocks;

public class VersionVectorTests
{
    [Test]
    public void Hand_built_histories_compare_as_expected()
    {
        var origin = new VersionVector(3);
        var atA = origin.Increment(0);                 // [1,0,0]
        var atB = origin.Increment(1);                 // [0,1,0]: written without seeing atA
        var merged = atA.Merge(atB).Increment(2);      // [1,1,1]: C saw both

        Assert.Multiple(() =>
        {
            Assert.That(atA.Compare(atB), Is.EqualTo(CausalOrder.Concurrent));
            Assert.That(atB.Compare(atA), Is.EqualTo(CausalOrder.Concurrent));
            Assert.That(atA.Compare(merged), Is.EqualTo(CausalOrder.Before));
            Assert.That(merged.Compare(atB), Is.EqualTo(CausalOrder.After));
            Assert.That(merged.Compare(VersionVector.FromCounters(1, 1, 1)), Is.EqualTo(CausalOrder.Equal));
            Assert.That(VersionVector.FromCounters(2, 1, 0).Compare(VersionVector.FromCounters(1, 2, 0)), Is.EqualTo(CausalOrder.Concurrent));
            Assert.That(atA.Dominates(atB) || atB.Dominates(atA), Is.False);
            Assert.That(merged.Dominates(merged), Is.True);
            Assert.That(merged.ToString(), Is.EqualTo("[1,1,1]"));
            Assert.That(VersionVector.FromCounters(1, 0, 3).ToString(), Is.EqualTo("[1,0,3]"));
            Assert.That(origin.ToString(), Is.EqualTo("[0,0,0]"), "Increment returns a new vector");
        });
    }

    [Test]
    public void Compare_matches_the_pointwise_definition_and_is_antisymmetric()
    {
        Triples.Sample(t =>
        {
            var (a, b, _) = t;
            var le = Enumerable.Range(0, a.NodeCount).All(i => a[i] <= b[i]);
            var ge = Enumerable.Range(0, a.NodeCount).All(i => a[i] >= b[i]);
            var expected = (le, ge) switch
            {
                (true, true) => CausalOrder.Equal,
                (true, false) => CausalOrder.Before,
                (false, true) => CausalOrder.After,
                _ => CausalOrder.Concurrent,
            };
            return a.Compare(b) == expected
                && b.Compare(a) == Mirror(expected)
                && a.Dominates(b) == ge
                && (a.Compare(b) == CausalOrder.Equal) == a.Equals(b)
                && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
        });
    }

    [Test]
    public void Merge_is_commutative_associative_and_idempotent()
    {
        Triples.Sample(t =>
        {
            var (a, b, c) = t;
            return a.Merge(b).Equals(b.Merge(a))
                && a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)))
                && a.Merge(a).Equals(a);
        });
    }

    [Test]
    public void Merge_dominates_both_inputs_and_is_the_least_such_vector()
    {
        Triples.Sample(t =>
        {
            var (a, b, c) = t;
            var merged = a.Merge(b);
            var upper = c.Dominates(a) && c.Dominates(b);
            return merged.Dominates(a) && merged.Dominates(b) && (!upper || c.Dominates(merged));
        });
    }

    [Test]
    public void Increment_makes_a_vector_that_is_after_the_original_and_adds_one()
    {
        Triples.Sample(t =>
        {
            var (a, _, _) = t;
            return Enumerable.Range(0, a.NodeCount).All(node =>
            {
                var next = a.Increment(node);
                return next.Compare(a) == CausalOrder.After && next[node] == a[node] + 1;
            });
        });
    }

    [Test]
    public void Mismatched_sizes_and_bad_counters_are_rejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new VersionVector(2).Compare(new VersionVector(3)), Throws.ArgumentException);
            Assert.That(() => new VersionVector(2).Increment(2), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => VersionVector.FromCounters(1, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new VersionVector(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static CausalOrder Mirror(CausalOrder order) => order switch
    {
        CausalOrder.Before => CausalOrder.After,
        CausalOrder.After => CausalOrder.Before,
        _ => order,
    };

    // Small counters (0-2) over 1-4 nodes, so equal, ordered and concurrent pairs are all common.
    private static readonly Gen<(VersionVector, VersionVector, VersionVector)> Triples =
        Gen.Int[1, 4].SelectMany(nodes =>
        {
            var vector = Gen.Long[0, 2].Array[nodes].Select(counters => VersionVector.FromCounters(counters));
            return Gen.Select(vector, vector, vector);
        });
}
