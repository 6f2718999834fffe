using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>How metrics are bucketed in time.</summary>
public sealed record MetricsSpec(SimDuration Interval)
{
    public static readonly MetricsSpec Default = new(SimDuration.FromSeconds(1));
}
