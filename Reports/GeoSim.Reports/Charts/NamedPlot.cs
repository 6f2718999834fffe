using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>A built chart and the file name (without extension) it is saved under.</summary>
internal sealed record NamedPlot(string Name, string Title, Plot Plot);
