using System.Globalization;

namespace GeoSim.Cli.Sweep;

/// <summary>Parses the dotted paths of a sweep file: <c>workload.clients[0].rate</c>.</summary>
internal static class ScenarioPath
{
    /// <returns>The segments, or null with <paramref name="error"/> and the offset it is at.</returns>
    public static IReadOnlyList<PathSegment>? Parse(string text, out string? error, out int errorOffset)
    {
        var segments = new List<PathSegment>();
        var i = 0;
        error = null;
        errorOffset = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    (error, errorOffset) = ("a list index is written [N] with N a whole number from 0", i);
                    return null;
                }
                segments.Add(new PathSegment(null, index, i));
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] is not ('.' or '['))
                {
                    end++;
                }
                if (end == i)
                {
                    (error, errorOffset) = ("an empty key in the path (two dots, or a dot at an end)", i);
                    return null;
                }
                segments.Add(new PathSegment(text[i..end], null, i));
                i = end;
            }
            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i == text.Length)
                {
                    (error, errorOffset) = ("the path ends with a dot", i - 1);
                    return null;
                }
            }
            else if (i < text.Length && text[i] != '[')
            {
                (error, errorOffset) = ("expected '.' or '[' after a list index", i);
                return null;
            }
        }
        if (segments.Count == 0)
        {
            (error, errorOffset) = ("the path is empty", 0);
            return null;
        }
        return segments;
    }
}
