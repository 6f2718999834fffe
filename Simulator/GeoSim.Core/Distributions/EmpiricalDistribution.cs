using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>empirical(file=samples.csv)</c>: each draw is one of the recorded values, equally likely.</summary>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : Distribution
{
    public override double Sample(RandomStream rng) => Values[rng.Next(Values.Count)];
    public override double Mean => Values.Average();

    public bool Equals(EmpiricalDistribution? other) =>
        other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Count;
}
