namespace GeoSim.Reports.Charts;

/// <summary>Saves charts as PNG and SVG of one size into the <c>charts/</c> folder of an output folder.</summary>
internal static class ChartWriter
{
    public const string Folder = "charts";
    public const int Width = 1200;
    public const int Height = 700;

    public static IReadOnlyList<RenderedChart> Save(string outDir, IEnumerable<NamedPlot> plots)
    {
        var folder = Path.Combine(outDir, Folder);
        Directory.CreateDirectory(folder);
        var saved = new List<RenderedChart>();
        foreach (var (name, title, plot) in plots)
        {
            plot.SavePng(Path.Combine(folder, name + ".png"), Width, Height);
            var svg = SvgIds.Rename(plot.GetSvgXml(Width, Height), name);
            File.WriteAllText(Path.Combine(folder, name + ".svg"), svg);
            saved.Add(new RenderedChart(name, title, svg));
        }
        return saved;
    }
}
