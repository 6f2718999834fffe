namespace GeoSim.Cli.Replay;

/// <summary>A timeline entry before layout: when, what kind (the label column), and what to say.</summary>
internal sealed record ReplayEntry(double TimeSeconds, ReplayTone Tone, string Label, string Text);
