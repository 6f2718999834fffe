namespace GeoSim.Reports.Charts;

/// <summary>
/// Thins a long line to what the chart can show: the x range is cut into as many columns as the
/// image has pixels across, and each column keeps its first, lowest, highest and last point (in x
/// order), so every spike and every step survives and the drawn line covers the same pixels. A
/// 6-hour run at one point per second draws at most 4 points per pixel column instead of 21,600
/// points per line. Lines short enough, or not in x order (none is today), are kept as they are.
/// </summary>
internal static class LineDecimation
{
    public const int PointsPerColumn = 4;

    public static ChartLine Thin(ChartLine line, int columns)
    {
        var xs = line.Xs;
        var ys = line.Ys;
        if (xs.Count <= PointsPerColumn * columns || !Ascending(xs))
        {
            return line;
        }
        var (low, high) = (xs[0], xs[^1]);
        var keptX = new List<double>(PointsPerColumn * columns);
        var keptY = new List<double>(PointsPerColumn * columns);
        var start = 0;
        while (start < xs.Count)
        {
            var column = Column(xs[start], low, high, columns);
            var end = start;
            int min = start, max = start;
            while (end + 1 < xs.Count && Column(xs[end + 1], low, high, columns) == column)
            {
                end++;
                min = ys[end] < ys[min] ? end : min;
                max = ys[end] > ys[max] ? end : max;
            }
            foreach (var i in new[] { start, min, max, end }.Distinct().Order())
            {
                keptX.Add(xs[i]);
                keptY.Add(ys[i]);
            }
            start = end + 1;
        }
        return line with { Xs = keptX, Ys = keptY };
    }

    private static int Column(double x, double low, double high, int columns) =>
        high <= low ? 0 : Math.Min(columns - 1, (int)((x - low) / (high - low) * columns));

    private static bool Ascending(IReadOnlyList<double> xs)
    {
        for (var i = 1; i < xs.Count; i++)
        {
            if (xs[i] < xs[i - 1])
            {
                return false;
            }
        }
        return true;
    }
}
