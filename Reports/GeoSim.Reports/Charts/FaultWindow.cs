namespace GeoSim.Reports.Charts;

/// <summary>A fault from its start to its end (or the run's end), shaded on time charts.</summary>
internal sealed record FaultWindow(double StartSeconds, double EndSeconds, string Label);
