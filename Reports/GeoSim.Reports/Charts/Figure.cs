using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>
/// A chart and the file name (without extension) it is saved under: one plot, or panels stacked
/// top to bottom that share the x axis (small multiples, and a time chart's event strip).
/// </summary>
internal sealed record Figure(string Name, string Title, IReadOnlyList<Panel> Panels)
{
    public Figure(string name, string title, Plot plot) : this(name, title, [new Panel(plot)])
    {
    }

    /// <summary>The panels' plots, top to bottom.</summary>
    public IEnumerable<Plot> Plots => Panels.Select(p => p.Plot);
}

/// <summary>One panel of a figure; <paramref name="DataHeight"/> in pixels, 0 for the figure's default.</summary>
internal sealed record Panel(Plot Plot, int DataHeight = 0);
