using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>38ms + lognormal(median=1ms, sigma=1)</c>: the sum of independent draws.</summary>
public sealed record SumDistribution(IReadOnlyList<Distribution> Terms) : Distribution
{
    public override double Sample(RandomStream rng)
    {
        var total = 0.0;
        foreach (var term in Terms)
        {
            total += term.Sample(rng);
        }
        return total;
    }

    public override double Mean => Terms.Sum(t => t.Mean);

    public bool Equals(SumDistribution? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Count;
}
