using GeoSim.Reports.Charts;
using ScottPlot;

namespace GeoSim.Reports.Tests;

public sealed class LineDecimationTests
{
    private const int Columns = 100;

    [Test]
    public void A_line_with_at_most_four_points_per_column_is_kept_as_it_is()
    {
        var line = Line(Enumerable.Range(0, 4 * Columns).Select(i => (double)i).ToList(), i => Math.Sin(i));

        Assert.That(LineDecimation.Thin(line, Columns), Is.SameAs(line));
    }

    [Test]
    public void Each_column_keeps_its_first_lowest_highest_and_last_point_in_x_order()
    {
        // 10,000 points over 100 columns: 100 points each, with one spike up and one down per column.
        var xs = Enumerable.Range(0, 10_000).Select(i => (double)i).ToList();
        var line = Line(xs, i => i % 100 == 37 ? 1_000 + i : i % 100 == 61 ? -1_000 - i : i % 7);

        var thin = LineDecimation.Thin(line, Columns);

        Assert.Multiple(() =>
        {
            Assert.That(thin.Xs, Has.Count.EqualTo(4 * Columns));
            Assert.That(thin.Xs, Is.Ordered.Ascending);
            Assert.That((thin.Xs[0], thin.Xs[^1]), Is.EqualTo((0.0, 9_999.0)));
            for (var c = 0; c < Columns; c++)
            {
                var start = c * 100;
                Assert.That(thin.Xs.Skip(4 * c).Take(4), Is.EqualTo(new double[] { start, start + 37, start + 61, start + 99 }), $"column {c}");
            }
            Assert.That(thin.Ys.Max(), Is.EqualTo(line.Ys.Max()));
            Assert.That(thin.Ys.Min(), Is.EqualTo(line.Ys.Min()));
            // Every kept point is a point of the line.
            Assert.That(thin.Xs.Select((x, i) => line.Ys[(int)x] == thin.Ys[i]), Is.All.True);
        });
    }

    [Test]
    public void A_line_not_in_x_order_is_kept_as_it_is()
    {
        var xs = Enumerable.Range(0, 1_000).Select(i => (double)(i * 7919 % 1_000)).ToList();
        var line = Line(xs, i => i);

        Assert.That(LineDecimation.Thin(line, Columns), Is.SameAs(line));
    }

    private static ChartLine Line(List<double> xs, Func<int, double> y) =>
        new("l", Colors.Black, xs, [.. Enumerable.Range(0, xs.Count).Select(y)]);
}
