using GeoSim.Core.Engine;
using MathNet.Numerics.Distributions;

namespace GeoSim.Core.Distributions;

/// <summary>
/// <c>normal(mean=40ms, stddev=2ms)</c>. As a duration it is the normal truncated at zero (the
/// law of X given X ≥ 0), not clamped: <c>normal(mean=0ms, stddev=σ)</c> has mean σ·√(2/π).
/// </summary>
public sealed record NormalDistribution(double MeanValue, double StdDev) : Distribution
{
    public override double Sample(RandomStream rng) => Normal.Sample(rng, MeanValue, StdDev);

    /// <summary>
    /// With a mean ≥ 0 at least half the mass is above zero, so redrawing negatives takes under two
    /// draws on average (and leaves the draws of a distribution that never goes negative unchanged);
    /// below zero the inverse CDF of the upper tail needs one uniform draw whatever the mean.
    /// </summary>
    public override double SampleNonNegative(RandomStream rng)
    {
        if (MeanValue >= 0)
        {
            double x;
            do
            {
                x = Sample(rng);
            }
            while (x < 0);
            return x;
        }
        // X ≥ 0 has probability Φ(μ/σ); X = μ − σ·Φ⁻¹(U·Φ(μ/σ)) is X given X ≥ 0.
        var massAboveZero = Normal.CDF(0, 1, MeanValue / StdDev);
        return massAboveZero > 0 ? Math.Max(0, MeanValue - StdDev * Normal.InvCDF(0, 1, rng.NextDoubleOpenZero() * massAboveZero)) : 0;
    }

    public override double Mean => MeanValue;
}
