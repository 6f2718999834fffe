using GeoSim.Core.Tracing;

namespace GeoSim.Core.Metrics;

/// <summary>Everything one strategy's run produced; the edges turn it into files.</summary>
/// <param name="Strategy">The strategy's label (the <c>strategy</c> column of every output).</param>
/// <param name="EventsProcessed">Events the engine dispatched.</param>
/// <param name="Completed">False when the run stopped before its duration (interrupted).</param>
public sealed record RunResult(
    string ScenarioName,
    string Strategy,
    long Seed,
    string Fingerprint,
    long EventsProcessed,
    double SimulatedSeconds,
    bool Completed,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyList<TimeSeries> Series,
    IReadOnlyList<Cdf> Distributions,
    IReadOnlyList<RunEvent> Events)
{
    /// <summary>The t-visibility curve (probability consistent against delay after the write); empty when no probes ran.</summary>
    public IReadOnlyList<VisibilityPoint> Visibility { get; init; } = [];

    /// <summary>The histograms behind <see cref="Distributions"/>, one per distribution, in the same order.</summary>
    public IReadOnlyList<Histogram> Histograms { get; init; } = [];

    /// <summary>The length of one metrics interval (the step of <see cref="Series"/>), in seconds.</summary>
    public double IntervalSeconds { get; init; }

    /// <summary>Every region of the scenario, in its order, with the role it held at the start; later roles follow from <see cref="Events"/>.</summary>
    public IReadOnlyList<RegionStart> Regions { get; init; } = [];

    /// <summary>The timeline recorded for trace.json; null when the run was not traced.</summary>
    public TraceLog? Trace { get; init; }
}
