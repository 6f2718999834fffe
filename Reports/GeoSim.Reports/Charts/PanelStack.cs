using ScottPlot;
using SkiaSharp;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Lays the panels of a <see cref="Figure"/> out top to bottom with the same left and right
/// margins, so their x axes line up, and draws them onto one PNG or SVG canvas.
/// </summary>
internal static class PanelStack
{
    /// <summary>Room for the y tick labels and axis label (event-strip lanes name their targets there).</summary>
    public const int Left = 175;

    /// <summary>Room for each panel's legend, outside its data.</summary>
    public const int Right = 215;

    private const int TitleBand = 46;
    private const int XAxisBand = 50;
    private const int PanelGap = 12;

    /// <summary>
    /// Each panel's rectangle on the canvas, top to bottom: panels that ask for a height (the
    /// event strip) get it, the others share what is left equally.
    /// </summary>
    public static IReadOnlyList<PixelRect> Rects(Figure figure)
    {
        var count = figure.Panels.Count;
        var fixedHeight = figure.Panels.Sum(p => p.DataHeight);
        var shared = figure.Panels.Count(p => p.DataHeight == 0);
        var free = ChartWriter.Height - TitleBand - XAxisBand - PanelGap * (count - 1) - fixedHeight;
        var rects = new List<PixelRect>();
        var top = 0;
        for (var i = 0; i < count; i++)
        {
            var data = figure.Panels[i].DataHeight > 0 ? figure.Panels[i].DataHeight : free / Math.Max(shared, 1);
            var height = data + (i == 0 ? TitleBand : PanelGap) + (i == count - 1 ? XAxisBand + (free % Math.Max(shared, 1)) : 0);
            rects.Add(new PixelRect(0, ChartWriter.Width, top + height, top));
            top += height;
        }
        return rects;
    }

    /// <summary>Fixes every panel's margins, so the data areas of all panels line up.</summary>
    public static void Align(Figure figure)
    {
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            var last = i == figure.Panels.Count - 1;
            var plot = figure.Panels[i].Plot;
            plot.Layout.Fixed(new PixelPadding(Left, Right, last ? XAxisBand : 0, i == 0 ? TitleBand : PanelGap));
            // The panels share the x axis: its numbers are printed once, under the last.
            plot.Axes.Bottom.TickLabelStyle.IsVisible = last;
        }
    }

    public static void SavePng(Figure figure, string path)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ChartWriter.Width, ChartWriter.Height));
        Draw(figure, surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    public static string Svg(Figure figure)
    {
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, ChartWriter.Width, ChartWriter.Height), wstream))
        {
            Draw(figure, canvas);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Draw(Figure figure, SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        Align(figure);
        var rects = Rects(figure);
        for (var i = 0; i < rects.Count; i++)
        {
            var r = rects[i];
            // A plot clears its canvas before drawing: the clip keeps it to its own band.
            canvas.Save();
            canvas.ClipRect(new SKRect(r.Left, r.Top, r.Right, r.Bottom));
            figure.Panels[i].Plot.Render(canvas, r);
            canvas.Restore();
        }
    }
}
