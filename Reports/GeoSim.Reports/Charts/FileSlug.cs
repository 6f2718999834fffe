using System.Text;

namespace GeoSim.Reports.Charts;

/// <summary>Strategy labels are free text; chart file names keep only characters safe on every file system.</summary>
public static class FileSlug
{
    /// <summary>One slug per label, in order; a slug that two labels share gets its position appended.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> labels)
    {
        var slugs = labels.Select(Slug).ToList();
        return slugs
            .Select((s, i) => slugs.Count(x => x == s) > 1 ? $"{s}-{i + 1}" : s)
            .ToList();
    }

    private static string Slug(string label)
    {
        var text = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }
        return text.ToString();
    }
}
