using GeoSim.Core.Engine;

namespace GeoSim.Core.Spec;

/// <summary>A caption for incident replays, shown on the timeline at <see cref="At"/>.</summary>
public sealed record NarrativeSpec(SimDuration At, string Text);
