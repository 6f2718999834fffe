using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>pareto(scale=10ms, shape=2.5)</c>: P(X &gt; x) = (scale/x)^shape for x ≥ scale.</summary>
public sealed record ParetoDistribution(double Scale, double Shape) : Distribution
{
    public override double Sample(RandomStream rng) => MathNet.Numerics.Distributions.Pareto.Sample(rng, Scale, Shape);

    public override double Mean => Shape > 1 ? Shape * Scale / (Shape - 1) : double.PositiveInfinity;
}
