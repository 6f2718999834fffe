using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>exponential(mean=5ms)</c>.</summary>
public sealed record ExponentialDistribution(double MeanValue) : Distribution
{
    public override double Sample(RandomStream rng) => -MeanValue * Math.Log(rng.NextDoubleOpenZero());
    public override double Mean => MeanValue;
}
