using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary><c>40ms</c> or <c>constant(40ms)</c>.</summary>
public sealed record ConstantDistribution(double Value) : Distribution
{
    public override double Sample(RandomStream rng) => Value;
    public override double Mean => Value;
    public override bool IsConstant => true;
}
