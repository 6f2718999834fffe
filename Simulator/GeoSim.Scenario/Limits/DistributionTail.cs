using GeoSim.Core.Distributions;
using MathNet.Numerics.Distributions;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// Bounds on a distribution's far tails (its 0.01th and 99.99th percentiles), in closed form: a
/// sum is bounded by the sum of its terms' bounds, a mixture by its widest component.
/// </summary>
internal static class DistributionTail
{
    /// <summary>The standard normal's 99.99th percentile, Φ⁻¹(0.9999) ≈ 3.719.</summary>
    private static readonly double Z = Normal.InvCDF(0, 1, ScenarioLimits.TailQuantile);

    /// <summary>An upper bound of the 99.99th percentile, in the distribution's unit; may be infinite.</summary>
    public static double High(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => c.Value,
        UniformDistribution u => u.Max,
        NormalDistribution n => n.MeanValue + Z * n.StdDev,
        LogNormalDistribution l => l.Median * Math.Exp(Z * l.Sigma),
        ExponentialDistribution e => -e.MeanValue * Math.Log(1 - ScenarioLimits.TailQuantile),
        ParetoDistribution p => p.Scale * Math.Pow(1 - ScenarioLimits.TailQuantile, -1 / p.Shape),
        EmpiricalDistribution e => e.Values.Max(),
        SumDistribution s => s.Terms.Sum(High),
        MixtureDistribution m => m.Components.Max(c => High(c.Distribution)),
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution.GetType().Name, "no tail bound for this distribution"),
    };

    /// <summary>A lower bound of the 0.01th percentile (it matters for signed values such as clock offsets).</summary>
    public static double Low(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => c.Value,
        UniformDistribution u => u.Min,
        NormalDistribution n => n.MeanValue - Z * n.StdDev,
        LogNormalDistribution or ExponentialDistribution or ParetoDistribution => 0,
        EmpiricalDistribution e => e.Values.Min(),
        SumDistribution s => s.Terms.Sum(Low),
        MixtureDistribution m => m.Components.Min(c => Low(c.Distribution)),
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution.GetType().Name, "no tail bound for this distribution"),
    };
}
