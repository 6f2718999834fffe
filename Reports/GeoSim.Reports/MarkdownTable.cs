using System.Text;

namespace GeoSim.Reports;

/// <summary>
/// A GitHub Markdown table padded so its columns line up in the text as well as when rendered,
/// as BenchmarkDotNet writes them: text columns left-aligned, number columns right-aligned.
/// </summary>
internal sealed class MarkdownTable(IReadOnlyList<string> headings, IReadOnlyList<bool> rightAligned)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headings.Count)
        {
            throw new ArgumentException($"{cells.Length} cells for {headings.Count} columns", nameof(cells));
        }
        _rows.Add(cells.Select(Escape).ToArray());
    }

    public void AppendTo(StringBuilder text)
    {
        var header = headings.Select(Escape).ToArray();
        // Three dashes at least: the delimiter row needs them, and a colon takes one place.
        var widths = header.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Append(3).Max()).ToArray();
        AppendRow(text, header, widths);
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append(rightAligned[i] ? new string('-', widths[i] + 1) + ":" : ":" + new string('-', widths[i] + 1)).Append('|');
        }
        text.Append('\n');
        foreach (var row in _rows)
        {
            AppendRow(text, row, widths);
        }
    }

    private void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            text.Append(' ').Append(cell).Append(" |");
        }
        text.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
