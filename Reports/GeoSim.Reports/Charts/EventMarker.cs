namespace GeoSim.Reports.Charts;

/// <summary>An instant on a time chart: a promotion, a fencing, an election, a caption, …</summary>
/// <param name="Kind">The events.csv kind, which picks the marker's colour and legend entry.</param>
internal sealed record EventMarker(double TimeSeconds, string Kind, string Label);
