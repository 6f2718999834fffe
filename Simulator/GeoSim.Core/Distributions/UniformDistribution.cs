using GeoSim.Core.Engine;
using MathNet.Numerics.Distributions;

namespace GeoSim.Core.Distributions;

/// <summary><c>uniform(min=10ms, max=20ms)</c>.</summary>
public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    public override double Sample(RandomStream rng) => ContinuousUniform.Sample(rng, Min, Max);
    public override double Mean => (Min + Max) / 2;
}
