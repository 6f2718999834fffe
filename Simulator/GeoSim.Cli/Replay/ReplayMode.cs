namespace GeoSim.Cli.Replay;

/// <summary>How the timeline is played: all at once (files, pipes), paced to simulated time, or one entry per Enter.</summary>
internal enum ReplayMode
{
    AtOnce,
    Paced,
    Step,
}
