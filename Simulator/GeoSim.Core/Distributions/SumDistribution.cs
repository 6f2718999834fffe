using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>38ms + lognormal(median=1ms, sigma=1)</c>: the sum of independent draws.</summary>
public sealed record SumDistribution(IReadOnlyList<Distribution> Terms) : Distribution
{
    public override double Sample(RandomStream rng)
    {
        // Indexed, not foreach: an interface enumerator is a heap object per draw, and a link draws per message.
        var total = 0.0;
        for (var i = 0; i < Terms.Count; i++)
        {
            total += Terms[i].Sample(rng);
        }
        return total;
    }

    /// <summary>Each term is a duration of its own, truncated at zero on its own.</summary>
    public override double SampleNonNegative(RandomStream rng)
    {
        var total = 0.0;
        for (var i = 0; i < Terms.Count; i++)
        {
            total += Terms[i].SampleNonNegative(rng);
        }
        return total;
    }

    public override double Mean => Terms.Sum(t => t.Mean);

    public bool Equals(SumDistribution? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Count;
}
