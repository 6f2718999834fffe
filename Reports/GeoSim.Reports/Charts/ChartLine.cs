using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>One line of a chart, in data units; <paramref name="Width"/> in pixels; <paramref name="Markers"/> draws its points.</summary>
internal sealed record ChartLine(string Label, Color Color, IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, bool Dashed = false, float Width = 2, bool Markers = false);
