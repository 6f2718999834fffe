namespace GeoSim.Reports.Charts;

/// <summary>
/// Places event labels in rows so that no two overlap and none runs past the plot's edge: a label
/// starts at its event and reads rightwards, or, near the right edge, ends at its event. Each
/// goes into the first row where it fits; a label that fits in no row is left out (and counted),
/// never printed over another.
/// </summary>
internal static class LabelPacker
{
    /// <summary>About how wide a 12 px DejaVu Sans character is, in pixels, with room to spare.</summary>
    public const double CharPixels = 7.3;

    /// <summary>The label's padding (its box) and its gap from the marker line, in pixels.</summary>
    private const double PadPixels = 12;

    /// <summary>Where one label goes: its row (-1: left out) and which side of its event it reads.</summary>
    public readonly record struct Placement(int Row, bool LeftOfEvent);

    /// <param name="times">The events' times, in any order.</param>
    /// <param name="widthPixels">The data area's width; <paramref name="endSeconds"/> is its right edge.</param>
    public static Placement[] Place(IReadOnlyList<(double Time, string Label)> labels, double endSeconds, double widthPixels, int maxRows)
    {
        var rows = Enumerable.Range(0, maxRows).Select(_ => new List<(double From, double To)>()).ToArray();
        var placed = new Placement[labels.Count];
        foreach (var i in Enumerable.Range(0, labels.Count).OrderBy(i => labels[i].Time).ThenBy(i => i))
        {
            var x = labels[i].Time / Math.Max(endSeconds, 1e-9) * widthPixels;
            var width = labels[i].Label.Length * CharPixels + PadPixels;
            var left = x + width > widthPixels;
            var span = left ? (From: x - width, To: x) : (From: x, To: x + width);
            var row = Array.FindIndex(rows, r => r.TrueForAll(s => s.To <= span.From || s.From >= span.To));
            placed[i] = new Placement(row, left);
            if (row >= 0)
            {
                rows[row].Add(span);
            }
        }
        return placed;
    }
}
