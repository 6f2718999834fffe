namespace GeoSim.Cli.Replay;

/// <summary>
/// One entry of a replay: its simulated time (for pacing), its tone (for colour) and its text as
/// printed, which may span several lines when a caption wraps.
/// </summary>
internal sealed record ReplayLine(double TimeSeconds, ReplayTone Tone, string Text);
