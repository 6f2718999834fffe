using GeoSim.Core.Distributions;
using GeoSim.Core.Engine;
using GeoSim.Core.Spec;

namespace GeoSim.Scenario.Limits;

/// <summary>
/// The bounds a scenario must keep so that a run fits in simulated time (a <c>long</c> of
/// nanoseconds), in memory and in a reasonable number of events. README "Limits" documents each.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>The longest duration anywhere in a scenario (run, latency, timeout, fault window): 365 days.</summary>
    public static readonly SimDuration MaxDuration = new(Distribution.MaxDrawNanos);

    /// <summary>The tail a distribution must fit: its 99.99th percentile is at most <see cref="MaxDuration"/>.</summary>
    public const double TailQuantile = 0.9999;

    /// <summary>The shortest metrics interval.</summary>
    public static readonly SimDuration MinInterval = MetricsSpec.MinInterval;

    /// <summary>The most metric intervals of one run.</summary>
    public const long MaxIntervals = MetricsSpec.MaxIntervals;

    /// <summary>The memory a run may need, as estimated from the scenario's sizes: 2 GiB.</summary>
    public const long MemoryBudgetBytes = 2L << 30;

    /// <summary>The most events a run may be expected to process: 1e9 (several minutes on one core).</summary>
    public const double EventBudget = 1e9;

    /// <summary>The largest scenario file read: 1 MiB.</summary>
    public const long MaxScenarioFileBytes = 1L << 20;

    /// <summary>The largest <c>empirical(file=...)</c> sample file read: 16 MiB.</summary>
    public const long MaxSampleFileBytes = 16L << 20;
}
