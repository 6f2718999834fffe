using ScottPlot;

namespace GeoSim.Reports.Charts;

/// <summary>
/// The font shipped beside GeoSim.Reports (DejaVu Sans), registered with ScottPlot once per
/// process. ScottPlot otherwise looks in the system font folders and, finding none, draws every
/// text blank without any error.
/// </summary>
internal static class ChartFont
{
    /// <summary>A name no system font has, so a request for it can only reach the shipped file.</summary>
    public const string Name = "GeoSim Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    private static string FilePath => Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            if (!File.Exists(FilePath))
            {
                throw new FileNotFoundException($"the chart font is missing: {FilePath} (it is copied beside GeoSim.Reports at build time)", FilePath);
            }
            // The same file for bold requests (titles): a bold request must not fall through to system fonts.
            Fonts.AddFontFile(Name, FilePath, bold: false, italic: false);
            Fonts.AddFontFile(Name, FilePath, bold: true, italic: false);
            Fonts.Default = Name;
            _registered = true;
        }
    }
}
