using System.Text.RegularExpressions;

namespace GeoSim.Reports.Charts;

/// <summary>
/// Renames the ids of a chart's SVG to "NAME-1", "NAME-2", ... in order of appearance. The SVG
/// writer numbers clip paths with a counter that runs across the whole process, so the same chart
/// would otherwise differ from run to run, and two charts inlined in one page would share ids.
/// </summary>
internal static partial class SvgIds
{
    public static string Rename(string svg, string name)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = IdAttribute().Replace(svg, m =>
        {
            var id = renamed[m.Groups[1].Value] = $"{name}-{renamed.Count + 1}";
            return $"id=\"{id}\"";
        });
        return IdReference().Replace(text, m =>
            renamed.TryGetValue(m.Groups[2].Value, out var id) ? $"{m.Groups[1].Value}#{id}" : m.Value);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    // url(#x) in attributes and styles, href="#x" and xlink:href="#x" in uses.
    [GeneratedRegex("(url\\(|href=\")#([^)\"]+)")]
    private static partial Regex IdReference();
}
