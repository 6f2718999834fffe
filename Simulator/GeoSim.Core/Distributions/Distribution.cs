using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary>
/// A parsed distribution of the scenario mini-language. Durations are sampled in nanoseconds
/// (as a double); callers that need a non-negative duration clamp with <see cref="SampleDuration"/>.
/// </summary>
public abstract record Distribution
{
    /// <summary>One draw, in the distribution's base unit (nanoseconds for durations).</summary>
    public abstract double Sample(RandomStream rng);

    /// <summary>The analytic mean, in the base unit.</summary>
    public abstract double Mean { get; }

    /// <summary>One draw as a duration, truncated at zero.</summary>
    public SimDuration SampleDuration(RandomStream rng) => new((long)Math.Max(0, Math.Round(Sample(rng))));

    /// <summary>True when every draw is the same value (lets the network skip sampling).</summary>
    public virtual bool IsConstant => false;
}
