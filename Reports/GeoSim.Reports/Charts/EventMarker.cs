namespace GeoSim.Reports.Charts;

/// <summary>An instant on a time chart: a narrative caption or a clock jump.</summary>
internal sealed record EventMarker(double TimeSeconds, string Label);
