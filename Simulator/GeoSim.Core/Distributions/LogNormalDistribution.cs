using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>lognormal(median=80ms, sigma=0.3)</c>: ln X ~ N(ln median, sigma²).</summary>
public sealed record LogNormalDistribution(double Median, double Sigma) : Distribution
{
    public override double Sample(RandomStream rng) =>
        MathNet.Numerics.Distributions.LogNormal.Sample(rng, Math.Log(Median), Sigma);

    public override double Mean => Median * Math.Exp(Sigma * Sigma / 2);
}
