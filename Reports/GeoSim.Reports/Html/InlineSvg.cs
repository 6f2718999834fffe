namespace GeoSim.Reports.Html;

/// <summary>
/// Makes a chart's SVG file fit inside an HTML page: no XML prolog, and a viewBox so it scales
/// with the page. Ids need no change: every chart's ids already start with its unique name.
/// </summary>
internal static class InlineSvg
{
    public static string Prepare(string svg, int width, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start < 0 ? svg : svg[start..];
        return string.Concat($"<svg viewBox=\"0 0 {width} {height}\"", body.AsSpan("<svg".Length));
    }
}
