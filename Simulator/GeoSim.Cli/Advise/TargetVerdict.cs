using GeoSim.Cli.Sweep;

namespace GeoSim.Cli.Advise;

/// <summary>A target judged on one variant: its value over the seeds, or null when a run did not measure it.</summary>
internal sealed record TargetVerdict(SloTarget Target, SampleSummary? Summary)
{
    public bool Met => Summary is not null && Target.HeldBy(Summary);
}
