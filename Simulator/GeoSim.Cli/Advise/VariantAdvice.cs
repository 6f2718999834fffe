using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Advise;

/// <summary>One variant of the advice sweep: every target judged, its objective, its Pareto coordinates, and the runs they come from.</summary>
/// <param name="Latency">The front's x (the objective's default measure), or null when not measured.</param>
/// <param name="Loss">The front's y (acknowledged writes lost), or null when not measured.</param>
internal sealed record VariantAdvice(
    PlanVariant Variant,
    string Description,
    IReadOnlyList<PlanRun> Runs,
    IReadOnlyList<TargetVerdict> Verdicts,
    SampleSummary? Objective,
    SampleSummary? Latency,
    SampleSummary? Loss)
{
    public bool MeetsAll => Verdicts.All(v => v.Met);
}
