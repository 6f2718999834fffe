namespace GeoSim.Reports.Charts;

/// <summary>The words of a chart: its title and axis labels (with units).</summary>
internal sealed record ChartText(string Title, string XLabel, string YLabel);
