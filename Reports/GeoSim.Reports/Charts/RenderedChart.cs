namespace GeoSim.Reports.Charts;

/// <summary>A chart saved as <c>charts/NAME.png</c> and <c>charts/NAME.svg</c>; its SVG text goes into report.html.</summary>
public sealed record RenderedChart(string Name, string Title, string Svg);
