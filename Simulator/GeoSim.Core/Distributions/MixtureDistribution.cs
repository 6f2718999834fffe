using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>mixture(0.9: a, 0.1: b)</c>: one component chosen by weight, then drawn from.</summary>
public sealed record MixtureDistribution(IReadOnlyList<WeightedDistribution> Components) : Distribution
{
    private readonly double _totalWeight = Components.Sum(c => c.Weight);

    public override double Sample(RandomStream rng) => Choose(rng).Sample(rng);

    /// <summary>The chosen component, truncated at zero: a mixture of truncated components.</summary>
    public override double SampleNonNegative(RandomStream rng) => Choose(rng).SampleNonNegative(rng);

    private Distribution Choose(RandomStream rng)
    {
        var u = rng.NextDouble() * _totalWeight;
        // Indexed, not foreach: an interface enumerator is a heap object per draw.
        for (var i = 0; i < Components.Count; i++)
        {
            var component = Components[i];
            if (u < component.Weight)
            {
                return component.Distribution;
            }
            u -= component.Weight;
        }
        return Components[^1].Distribution;
    }

    public override double Mean => Components.Sum(c => c.Weight * c.Distribution.Mean) / _totalWeight;

    public bool Equals(MixtureDistribution? other) =>
        other is not null && Components.SequenceEqual(other.Components);

    public override int GetHashCode() => Components.Count;
}

/// <summary>One component of a mixture.</summary>
public sealed record WeightedDistribution(double Weight, Distribution Distribution);
