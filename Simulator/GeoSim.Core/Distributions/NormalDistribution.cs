using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>normal(mean=40ms, stddev=2ms)</c>; durations drawn from it are truncated at zero.</summary>
public sealed record NormalDistribution(double MeanValue, double StdDev) : Distribution
{
    public override double Sample(RandomStream rng) => MathNet.Numerics.Distributions.Normal.Sample(rng, MeanValue, StdDev);
    public override double Mean => MeanValue;
}
