namespace GeoSim.Reports.Charts;

/// <summary>
/// Saves charts as PNG and SVG of one size (1200×700) into the <c>charts/</c> folder of an
/// output folder: a one-plot chart as ScottPlot draws it, a figure of panels through <see cref="PanelStack"/>.
/// </summary>
internal static class ChartWriter
{
    public const string Folder = "charts";
    public const int Width = 1200;
    public const int Height = 700;

    public static IReadOnlyList<RenderedChart> Save(string outDir, IEnumerable<Figure> figures)
    {
        var folder = Path.Combine(outDir, Folder);
        Directory.CreateDirectory(folder);
        var saved = new List<RenderedChart>();
        foreach (var figure in figures)
        {
            var png = Path.Combine(folder, figure.Name + ".png");
            string svg;
            if (figure.Panels.Count == 1)
            {
                var plot = figure.Panels[0].Plot;
                plot.SavePng(png, Width, Height);
                svg = plot.GetSvgXml(Width, Height);
            }
            else
            {
                PanelStack.SavePng(figure, png);
                svg = PanelStack.Svg(figure);
            }
            svg = SvgIds.Rename(svg, figure.Name);
            File.WriteAllText(Path.Combine(folder, figure.Name + ".svg"), svg);
            saved.Add(new RenderedChart(figure.Name, figure.Title, svg));
        }
        return saved;
    }
}
