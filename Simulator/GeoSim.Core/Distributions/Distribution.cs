using GeoSim.Core.Engine;

namespace GeoSim.Core.Distributions;

/// <summary>
/// A parsed distribution of the scenario mini-language. Durations are sampled in nanoseconds
/// (as a double); <see cref="SampleDuration"/> turns a draw into a duration the run can schedule.
/// </summary>
public abstract record Distribution
{
    /// <summary>
    /// The longest duration one draw may give: 365 days. A heavier tail is clamped here, so that
    /// simulated time (a <c>long</c> of nanoseconds, about 292 years) never overflows; scenarios
    /// whose 99.99th percentile exceeds it are rejected before a run.
    /// </summary>
    public const long MaxDrawNanos = 365 * 86_400 * SimDuration.NanosPerSecond;

    /// <summary>One draw, in the distribution's base unit (nanoseconds for durations); may be negative (clock offsets).</summary>
    public abstract double Sample(RandomStream rng);

    /// <summary>
    /// One draw of the distribution truncated at zero: negative values are never produced, and
    /// the shape above zero is kept (a normal is resampled, not clamped to a point mass at 0).
    /// </summary>
    public virtual double SampleNonNegative(RandomStream rng) => Math.Max(0, Sample(rng));

    /// <summary>The analytic mean, in the base unit.</summary>
    public abstract double Mean { get; }

    /// <summary>One draw as a duration: truncated at zero, clamped at <see cref="MaxDrawNanos"/>.</summary>
    public SimDuration SampleDuration(RandomStream rng) => new((long)Math.Min(MaxDrawNanos, Math.Round(SampleNonNegative(rng))));

    /// <summary>One signed draw (a clock offset) in whole nanoseconds, clamped to ±<see cref="MaxDrawNanos"/>.</summary>
    public long SampleSignedNanos(RandomStream rng) => (long)Math.Round(Math.Clamp(Sample(rng), -MaxDrawNanos, MaxDrawNanos));

    /// <summary>True when every draw is the same value (lets the network skip sampling).</summary>
    public virtual bool IsConstant => false;
}
