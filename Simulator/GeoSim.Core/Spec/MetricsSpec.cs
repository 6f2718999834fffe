using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>How metrics are bucketed in time, and which optional measurements run.</summary>
/// <param name="TVisibility">Probe reads after sampled writes (<c>t-visibility:</c>); null: none.</param>
public sealed record MetricsSpec(SimDuration Interval, TVisibilitySpec? TVisibility = null)
{
    public static readonly MetricsSpec Default = new(SimDuration.FromSeconds(1));

    /// <summary>The shortest interval: finer buckets cost memory per interval and scope without telling more.</summary>
    public static readonly SimDuration MinInterval = SimDuration.FromMilliseconds(1);

    /// <summary>The most intervals one run may have (duration / interval, rounded up).</summary>
    public const long MaxIntervals = 100_000;
}
